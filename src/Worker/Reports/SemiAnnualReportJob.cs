using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Syndicator.Storage;
using Syndicator.Worker.Hosting;

using Syndicator.Worker.Jobs;

namespace Syndicator.Worker.Reports;

/// <summary>
/// At 07:00 on 3/6 and 3/12 (Vietnam time), a week before the 10/6 and 10/12 deadlines, writes each commune's
/// report for the current half-year to <c>&lt;DataDirectory&gt;/reports/&lt;slug&gt;-&lt;yyyy&gt;-H&lt;1|2&gt;.{html,csv}</c>.
/// </summary>
[ExclusiveJob]
public sealed partial class SemiAnnualReportJob(SyndicatorDbContext db, DataPaths paths, TimeProvider clock, ILogger<SemiAnnualReportJob> log) : IJob
{
    public const string Name = "semi-annual-report";

    /// <summary>Quartz cron (seconds first), in <see cref="ReportPeriod.Vietnam"/>.</summary>
    public const string Cron = "0 0 7 3 6,12 ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = (await WriteReportsAsync(cancellationToken)).Count;

    /// <returns>The files written.</returns>
    public async Task<IReadOnlyList<string>> WriteReportsAsync(CancellationToken cancellationToken)
    {
        var (from, to) = ReportPeriod.CurrentHalfYear(clock);
        var directory = Path.Combine(paths.Root, "reports");
        Directory.CreateDirectory(directory);
        var slugs = await db.Communes.AsNoTracking().OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync(cancellationToken);
        var written = new List<string>();
        foreach (var slug in slugs)
        {
            var report = await SemiAnnualReportBuilder.BuildAsync(db, clock, slug, from, to, cancellationToken);
            if (report is null) continue;
            var stem = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{slug}-{from.Year}-H{(from.Month <= 6 ? 1 : 2)}"));
            await File.WriteAllTextAsync(stem + ".html", ReportHtmlWriter.Write(report), Encoding.UTF8, cancellationToken);
            await File.WriteAllBytesAsync(stem + ".csv", ReportCsvWriter.Write(report), cancellationToken);
            written.Add(stem + ".html");
            written.Add(stem + ".csv");
            LogWritten(slug, stem);
        }
        return written;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Semi-annual report of {Commune} written to {Path}.html/.csv")]
    private partial void LogWritten(string commune, string path);
}

using System.CommandLine;
using System.Text;
using Syndicator.Storage;
using Syndicator.Worker.Reports;

namespace Syndicator.Worker.Cli;

/// <summary>`syndicator report --commune slug [--from] [--to] [--format html|csv] [--out file]`: the semi-annual report.</summary>
public static class ReportCommands
{
    public static Command Create()
    {
        var commune = new Option<string>("--commune") { Description = "The commune slug.", Required = true };
        var from = new Option<string?>("--from") { Description = "First day (yyyy-MM-dd); default the start of the current half-year." };
        var to = new Option<string?>("--to") { Description = "Last day (yyyy-MM-dd); default today." };
        var format = new Option<string>("--format") { Description = "html (default) or csv.", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "csv");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout." };
        var command = new Command("report", "The semi-annual NQ57 report of a commune (printable HTML or CSV for Excel).") { commune, from, to, format, output };
        command.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync((sp, token) => RunAsync(
            sp, parse.GetValue(commune)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(format)!, parse.GetValue(output), token), ct)));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider sp, string slug, string? from, string? to, string format, string? output, CancellationToken ct)
    {
        var clock = sp.GetRequiredService<TimeProvider>();
        var (defaultFrom, defaultTo) = ReportPeriod.CurrentHalfYear(clock);
        if (!ReportEndpoints.TryDate(from, defaultFrom, out var start) || !ReportEndpoints.TryDate(to, defaultTo, out var end) || end < start)
        {
            await Console.Error.WriteLineAsync("syndicator: --from/--to must be yyyy-MM-dd and --from must not be after --to.");
            return 2;
        }
        var report = await SemiAnnualReportBuilder.BuildAsync(sp.GetRequiredService<SyndicatorDbContext>(), clock, slug, start, end, ct);
        if (report is null)
        {
            await Console.Error.WriteLineAsync($"syndicator: no commune '{slug}'.");
            return 1;
        }
        var bytes = format == "csv" ? ReportCsvWriter.Write(report) : Encoding.UTF8.GetBytes(ReportHtmlWriter.Write(report));
        await ReportOutput.WriteAsync(bytes, output, ct);
        if (output is not null) Console.WriteLine($"report: {output}");
        return 0;
    }
}

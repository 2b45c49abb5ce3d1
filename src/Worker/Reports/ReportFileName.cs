using System.Globalization;

namespace Syndicator.Worker.Reports;

/// <summary>A download name such as <c>bao-cao-nq57-tan-lap-20260101-20260630.csv</c>.</summary>
public static class ReportFileName
{
    public static string For(SemiAnnualReport report, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"bao-cao-nq57-{report.CommuneSlug}-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.{extension}");
}

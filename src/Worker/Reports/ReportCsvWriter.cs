using System.Globalization;
using System.Text;

namespace Syndicator.Worker.Reports;

/// <summary>
/// The report as one CSV table (RFC 4180, CRLF, UTF-8 with BOM so Excel shows Vietnamese): columns
/// Mục, Mã, Tên, Số lượng, Ghi chú; one row per figure, so it can be filtered and summed in a spreadsheet.
/// </summary>
public static class ReportCsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const string Channel = "Kênh";
    public const string Theme = "Chủ đề";
    public const string ColumnItems = "Số tin của chuyên mục";
    public const string CampaignDay = "Ngày cao điểm";
    public const string Source = "Nguồn tin";
    public const string Failure = "Lỗi đăng tin";
    public const string FailedAttempts = "Số lượt đăng thất bại";

    public static byte[] Write(SemiAnnualReport report)
    {
        var csv = new CsvBuilder();
        csv.Row("Mục", "Mã", "Tên", "Số lượng", "Ghi chú");
        csv.Row("Xã", report.CommuneSlug, report.CommuneName, "", $"{report.From:dd/MM/yyyy} – {report.To:dd/MM/yyyy}");
        foreach (var c in report.PerChannel) csv.Row(Channel, c.Name, ChannelNames.Of(c.Name), N(c.Count), "");
        foreach (var t in report.PerTheme) csv.Row(Theme, "", t.Name, N(t.Count), "");
        csv.Row(ColumnItems, "", "", N(report.ColumnItems), "");
        foreach (var d in report.CampaignDays)
            csv.Row(CampaignDay, d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Name, N(d.PostsNearby), d.Covered ? "Có" : "Không");
        foreach (var s in report.Sources) csv.Row(Source, "", s.Name, N(s.Count), "");
        foreach (var f in report.Failures)
            csv.Row(Failure, f.Channel, f.PostTitle, N(f.Attempts), f.Reason);
        csv.Row(FailedAttempts, "", "", N(report.FailedAttempts), "");
        return csv.ToBytes();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}

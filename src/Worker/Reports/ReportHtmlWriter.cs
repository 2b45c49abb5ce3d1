using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Syndicator.Worker.Reports;

/// <summary>The report as a printable HTML page in Vietnamese (A4, print CSS, every text HTML-encoded).</summary>
public static class ReportHtmlWriter
{
    public const string ContentType = "text/html; charset=utf-8";
    public const string Heading = "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN NGHỊ QUYẾT 57-NQ/TW";
    private static readonly HtmlEncoder H = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Write(SemiAnnualReport r)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(E(Heading)).Append(" – ").Append(E(r.CommuneName))
            .Append("</title><style>").Append(ReportStyles.Css).Append("</style></head><body>\n");
        sb.Append("<header><h1>").Append(E(Heading)).Append("</h1>\n<p class=\"commune\">").Append(E(r.CommuneName)).Append("</p>\n")
            .Append("<p class=\"period\">Kỳ báo cáo: ").Append(D(r.From)).Append(" – ").Append(D(r.To)).Append("</p></header>\n");
        Section(sb, "1. Tổng hợp", [["Số tin của chuyên mục (có ít nhất một kênh đăng thành công)", N(r.ColumnItems)],
            ["Tổng số lượt đăng thành công trên các kênh", N(r.PublishedDeliveries)], ["Số lượt đăng thất bại", N(r.FailedAttempts)]], "Chỉ tiêu", "Số lượng");
        Section(sb, "2. Số tin đã đăng theo kênh", r.PerChannel.Select(c => new[] { ChannelNames.Of(c.Name), N(c.Count) }), "Kênh", "Số tin");
        Section(sb, "3. Số tin theo chủ đề", r.PerTheme.Select(t => new[] { t.Name, N(t.Count) }), "Chủ đề", "Số tin");
        Section(sb, "4. Các ngày cao điểm tuyên truyền (±3 ngày)",
            r.CampaignDays.Select(d => new[] { D(d.Date), d.Name, N(d.PostsNearby), d.Covered ? "Đạt" : "Chưa đạt" }), "Ngày", "Sự kiện", "Số tin", "Kết quả");
        Section(sb, "5. Nguồn tin đã sử dụng", r.Sources.Select(s => new[] { s.Name, N(s.Count) }), "Nguồn", "Số tin");
        Section(sb, "6. Tin không đăng được",
            r.Failures.Select(f => new[] { Local(f.At), ChannelNames.Of(f.Channel), f.PostTitle, N(f.Attempts), f.Reason }), "Thời điểm", "Kênh", "Tin", "Số lần thử", "Lý do");
        sb.Append("<footer>Báo cáo được lập tự động lúc ").Append(E(Local(r.GeneratedAt))).Append(" (giờ Việt Nam) từ dữ liệu của hệ thống Syndicator.</footer>\n");
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string title, IEnumerable<string[]> rows, params string[] headers)
    {
        sb.Append("<section><h2>").Append(E(title)).Append("</h2>\n<table><thead><tr>");
        foreach (var h in headers) sb.Append("<th>").Append(E(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>\n");
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            sb.Append("<tr>");
            foreach (var cell in row) sb.Append("<td>").Append(E(cell)).Append("</td>");
            sb.Append("</tr>\n");
        }
        if (!any) sb.Append("<tr><td colspan=\"").Append(headers.Length).Append("\" class=\"none\">Không có</td></tr>\n");
        sb.Append("</tbody></table></section>\n");
    }

    private static string E(string text) => H.Encode(text);
    private static string N(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
    private static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, ReportPeriod.Vietnam).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
}

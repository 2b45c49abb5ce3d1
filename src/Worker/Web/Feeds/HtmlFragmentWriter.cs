using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Syndicator.Worker.Web.Feeds;

/// <summary>
/// An HTML fragment of the column for portals that embed it: no scripts, no inline styles, every text and attribute
/// HTML-encoded, links open outside with rel="noopener nofollow", and one link to the column stylesheet.
/// </summary>
public static class HtmlFragmentWriter
{
    public const string ContentType = "text/html; charset=utf-8";
    private static readonly TimeZoneInfo Vietnam = FindVietnam();

    public static string Write(ColumnSnapshot column, string stylesheetUrl)
    {
        var h = HtmlEncoder.Create(UnicodeRanges.All);
        var sb = new StringBuilder();
        sb.Append("<link rel=\"stylesheet\" href=\"").Append(h.Encode(stylesheetUrl)).Append("\" />\n");
        sb.Append("<section class=\"nq57-column\" lang=\"vi\">\n");
        sb.Append("<h2 class=\"nq57-title\">").Append(h.Encode(column.Title)).Append("</h2>\n");
        if (column.Items.Count == 0) sb.Append("<p class=\"nq57-empty\">Chưa có tin.</p>\n");
        else sb.Append("<ul class=\"nq57-list\">\n");
        foreach (var item in column.Items)
        {
            sb.Append("<li class=\"nq57-item\" id=\"").Append(h.Encode(item.Urn)).Append("\">");
            if (item.Link is { } link && IsWebLink(link))
                sb.Append("<a class=\"nq57-link\" href=\"").Append(h.Encode(link)).Append("\" target=\"_blank\" rel=\"noopener nofollow\">")
                    .Append(h.Encode(item.Title)).Append("</a>");
            else sb.Append("<span class=\"nq57-link\">").Append(h.Encode(item.Title)).Append("</span>");
            sb.Append("<span class=\"nq57-meta\"><span class=\"nq57-theme\">").Append(h.Encode(item.ThemeName)).Append("</span> · <time datetime=\"")
                .Append(item.Published.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append("\">")
                .Append(TimeZoneInfo.ConvertTime(item.Published, Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture))
                .Append("</time></span>");
            sb.Append("<p class=\"nq57-summary\">").Append(h.Encode(item.Summary)).Append("</p></li>\n");
        }
        if (column.Items.Count > 0) sb.Append("</ul>\n");
        sb.Append("</section>\n");
        return sb.ToString();
    }

    /// <summary>Only http(s) links become anchors: a javascript: URL in a source must stay inert.</summary>
    private static bool IsWebLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static TimeZoneInfo FindVietnam()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"); }
    }
}

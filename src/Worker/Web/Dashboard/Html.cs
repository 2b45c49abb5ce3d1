using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>HTML-encoding helpers: every value that reaches a dashboard page goes through <see cref="E"/>.</summary>
public static class Html
{
    /// <summary>The framework HTML encoder allowing all Unicode letters, so Vietnamese stays readable ("ô", not "&amp;#244;").</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? value) => string.IsNullOrEmpty(value) ? "" : Encoder.Encode(value);

    public static string E(object? value) => E(value?.ToString());

    /// <summary>An encoded URL for an href, limited to http(s) so no javascript: link can be injected.</summary>
    public static string Href(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? E(uri.AbsoluteUri)
            : "#";

    public static string Link(string? url, string? text) =>
        string.IsNullOrEmpty(url) ? E(text) : $"<a href=\"{Href(url)}\" rel=\"noopener noreferrer\" target=\"_blank\">{E(text ?? url)}</a>";

    public static string Query(params (string Key, string? Value)[] pairs) =>
        string.Join("&", pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}"));

    public static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}

namespace Syndicator.Connectors.Feeds;

/// <summary>The allow-list used by <see cref="HtmlSanitizer"/>.</summary>
internal static class HtmlSanitizerPolicy
{
    public const int MaxDepth = 64;

    /// <summary>Elements kept, with the attributes each may keep (URL attributes are checked separately).</summary>
    public static readonly Dictionary<string, string[]> AllowedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = [], ["br"] = [], ["strong"] = [], ["b"] = [], ["em"] = [], ["i"] = [], ["u"] = [],
        ["ul"] = [], ["ol"] = [], ["li"] = [], ["blockquote"] = [], ["h2"] = [], ["h3"] = [], ["h4"] = [],
        ["a"] = ["href", "title"], ["img"] = ["src", "alt", "width", "height"], ["figure"] = [], ["figcaption"] = [],
        ["table"] = [], ["caption"] = [], ["thead"] = [], ["tbody"] = [], ["tfoot"] = [], ["tr"] = [],
        ["th"] = ["colspan", "rowspan"], ["td"] = ["colspan", "rowspan"],
        ["iframe"] = ["src", "width", "height", "allowfullscreen"],
    };

    /// <summary>Elements removed together with everything inside them.</summary>
    public static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "form", "noscript", "template", "head", "title",
        "svg", "math", "button", "select", "textarea", "input", "applet", "frame", "frameset", "link", "meta", "base",
    };

    /// <summary>Unwrapped block elements; a line break is kept in their place so words do not merge.</summary>
    public static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h5", "h6", "pre", "address",
        "dl", "dt", "dd", "hr", "center",
    };

    public static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "br", "img" };

    private static readonly HashSet<string> VideoHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "youtube.com", "www.youtube.com", "www.youtube-nocookie.com", "youtube-nocookie.com",
    };

    public static bool IsAllowedIframe(Uri? src) => src is { Scheme: "https" or "http" } && VideoHosts.Contains(src.Host);

    public static bool IsSafeLink(Uri uri) => uri.Scheme is "http" or "https" or "mailto";

    public static bool IsDimension(string value) => value.Length is > 0 and <= 5 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
}

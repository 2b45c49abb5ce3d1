using System.Net;

namespace Syndicator.Connectors.Feeds;

/// <summary>Chooses the attributes an allowed element keeps, checking and absolutising URLs.</summary>
internal static class SanitizerAttributes
{
    /// <summary>No attributes; shared, never to be modified.</summary>
    public static readonly List<(string Name, string Value)> None = [];

    /// <summary>
    /// Returns the attributes to write, an empty list to unwrap an &lt;a&gt; without a usable href,
    /// or null when the element must be dropped with its content.
    /// </summary>
    /// <param name="into">A list to fill and return (cleared first), reused from element to element.</param>
    public static List<(string Name, string Value)>? Select(HtmlTag tag, HtmlElementInfo info, Uri baseUri, List<(string Name, string Value)> into)
    {
        var name = info.Name;
        if (info.Dropped && name != "iframe")
        {
            return null;
        }

        if (info.Allowed is not { } allowed)
        {
            return name == "iframe" ? null : None;
        }

        if (allowed.Length == 0)
        {
            return None; // p, br, strong…: nothing to check, nothing to allocate
        }

        var result = into;
        result.Clear();

        foreach (var attributeName in allowed)
        {
            var raw = tag.Attribute(attributeName);
            if (raw is null)
            {
                continue;
            }

            var value = Decode(raw).Trim();
            var accepted = attributeName switch
            {
                "href" => SafeUrl(value, baseUri, allowMailto: true),
                "src" => SafeUrl(ImageSource(tag, value), baseUri, allowMailto: false),
                "width" or "height" or "colspan" or "rowspan" => HtmlSanitizerPolicy.IsDimension(value) ? value : null,
                "allowfullscreen" => "allowfullscreen",
                _ => value,
            };
            if (accepted is not null)
            {
                result.Add((attributeName, accepted));
            }
        }

        return Finish(name, result);
    }

    private static List<(string, string)>? Finish(string name, List<(string Name, string Value)> result)
    {
        var src = result.Find(a => a.Name == "src").Value;
        switch (name)
        {
            case "iframe" when !HtmlSanitizerPolicy.IsAllowedIframe(src is null ? null : new Uri(src)):
            case "img" when src is null:
                return null;
            case "a" when result.Exists(a => a.Name == "href"):
                result.Add(("rel", "noopener nofollow"));
                return result;
            case "a":
                result.Clear();
                return result;
            default:
                return result;
        }
    }

    // Lazy-loading pages put the real image in data-src and a placeholder (often data:) in src.
    private static string ImageSource(HtmlTag tag, string src)
    {
        var lazy = tag.Attribute("data-src") ?? tag.Attribute("data-original");
        return (src.Length == 0 || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) && lazy is not null
            ? Decode(lazy).Trim()
            : src;
    }

    /// <summary>Entity decoding; text without '&amp;' has nothing to decode.</summary>
    internal static string Decode(string text) => text.Contains('&') ? WebUtility.HtmlDecode(text) : text;

    private static string? SafeUrl(string value, Uri baseUri, bool allowMailto)
    {
        if (value.Length == 0 || value.StartsWith('#'))
        {
            return null;
        }

        if (allowMailto && value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var mail) && HtmlSanitizerPolicy.IsSafeLink(mail) ? mail.OriginalString : null;
        }

        // The value comes decoded and trimmed (Select, ImageSource).
        return UrlNormalizer.IsPlainAbsolute(value) ? value : UrlNormalizer.Resolve(value, baseUri)?.AbsoluteUri;
    }
}

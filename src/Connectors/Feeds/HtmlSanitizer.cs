using System.Text;
using HtmlAgilityPack;

namespace Syndicator.Connectors.Feeds;

/// <summary>Allow-list HTML sanitising for feed summaries and content, and plain-text extraction.</summary>
public static class HtmlSanitizer
{
    /// <summary>
    /// Keeps only allow-listed elements and attributes, removes scripts, styles, embeds, forms and
    /// non-YouTube iframes with their content, drops event handlers, inline styles and unsafe URLs,
    /// makes href/src absolute against <paramref name="baseUri"/> and adds rel="noopener nofollow" to links.
    /// </summary>
    public static string Sanitize(string html, Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(baseUri);
        return IsPlain(html) ? HtmlEscaping.Encode(html, false).Trim() : SanitizeDocument(Load(html), html.Length, baseUri);
    }

    /// <summary>
    /// <see cref="Sanitize"/> and <see cref="ToPlainText"/> of the same source from one parse.
    /// </summary>
    internal static (string Html, string Text) SanitizeWithText(string html, Uri baseUri, int maxChars)
    {
        if (IsPlain(html))
        {
            return (HtmlEscaping.Encode(html, false).Trim(), PlainToText(html, maxChars));
        }

        var document = Load(html);
        return (SanitizeDocument(document, html.Length, baseUri), DocumentToText(document, html.Length, maxChars));
    }

    /// <summary>True when the text has no markup and no entity: HTML parsing would return it unchanged.</summary>
    private static bool IsPlain(string html) => html.AsSpan().IndexOfAny('<', '&') < 0;

    private static string PlainToText(string text, int maxChars) =>
        Truncate(TextNormalizer.CollapseWhitespace(TextNormalizer.Nfc(text)), maxChars);

    private static string SanitizeDocument(HtmlDocument document, int length, Uri baseUri)
    {
        var output = new StringBuilder(length);
        foreach (var child in document.DocumentNode.ChildNodes)
        {
            WriteNode(child, baseUri, output, 0);
        }

        return output.ToString().Trim();
    }

    private static string DocumentToText(HtmlDocument document, int length, int maxChars)
    {
        var text = new StringBuilder(length);
        foreach (var child in document.DocumentNode.ChildNodes)
        {
            AppendText(child, text, 0);
        }

        return PlainToText(text.ToString(), maxChars);
    }

    /// <summary>
    /// Returns the visible text of <paramref name="html"/>: entities decoded, whitespace collapsed,
    /// cut on a word boundary with "…" when longer than <paramref name="maxChars"/>.
    /// </summary>
    public static string ToPlainText(string html, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        return IsPlain(html) ? PlainToText(html, maxChars) : DocumentToText(Load(html), html.Length, maxChars);
    }

    internal static HtmlDocument Load(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return document;
    }

    internal static string Truncate(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = text[..Math.Max(1, maxChars - 1)];
        var space = cut.LastIndexOf(' ');
        if (space > maxChars / 2)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(' ', ',', ';', ':', '-', '–', '.') + "…";
    }

    /// <summary>Entity decoding; text without '&amp;' has nothing to decode.</summary>
    private static string Decode(string text) => text.Contains('&') ? HtmlEntity.DeEntitize(text) : text;

    private static void AppendText(HtmlNode node, StringBuilder text, int depth)
    {
        if (depth > HtmlSanitizerPolicy.MaxDepth || node.NodeType == HtmlNodeType.Comment
            || HtmlSanitizerPolicy.DroppedWithContent.Contains(node.Name))
        {
            return;
        }

        if (node.NodeType == HtmlNodeType.Text)
        {
            text.Append(Decode(node.InnerHtml));
            return;
        }

        var separate = node.Name is "br" or "p" or "li" or "td" or "th" or "tr" or "blockquote" or "figcaption"
            || HtmlSanitizerPolicy.BlockElements.Contains(node.Name) || node.Name.StartsWith('h');
        text.Append(separate ? " " : string.Empty);
        foreach (var child in node.ChildNodes)
        {
            AppendText(child, text, depth + 1);
        }

        text.Append(separate ? " " : string.Empty);
    }

    private static void WriteNode(HtmlNode node, Uri baseUri, StringBuilder output, int depth)
    {
        if (depth > HtmlSanitizerPolicy.MaxDepth)
        {
            return;
        }

        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                output.Append(HtmlEscaping.Encode(Decode(node.InnerHtml), false));
                return;
            case HtmlNodeType.Element:
                WriteElement(node, baseUri, output, depth);
                return;
            default:
                return;
        }
    }

    private static void WriteElement(HtmlNode node, Uri baseUri, StringBuilder output, int depth)
    {
        var name = node.Name.ToLowerInvariant();
        var attributes = SanitizerAttributes.Select(node, name, baseUri);
        if (attributes is null)
        {
            return;
        }

        var keep = HtmlSanitizerPolicy.AllowedElements.ContainsKey(name) && (name != "a" || attributes.Count > 0);
        if (!keep)
        {
            var block = HtmlSanitizerPolicy.BlockElements.Contains(name);
            WriteChildren(node, baseUri, output, depth);
            output.Append(block ? "\n" : string.Empty);
            return;
        }

        output.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            output.Append(' ').Append(attribute).Append("=\"").Append(HtmlEscaping.Encode(value, true)).Append('"');
        }

        output.Append('>');
        if (HtmlSanitizerPolicy.VoidElements.Contains(name))
        {
            return;
        }

        WriteChildren(node, baseUri, output, depth);
        output.Append("</").Append(name).Append('>');
    }

    private static void WriteChildren(HtmlNode node, Uri baseUri, StringBuilder output, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            WriteNode(child, baseUri, output, depth + 1);
        }
    }
}

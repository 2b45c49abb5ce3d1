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
        var document = Load(html);
        var output = new StringBuilder(html.Length);
        foreach (var child in document.DocumentNode.ChildNodes)
        {
            WriteNode(child, baseUri, output, 0);
        }

        return output.ToString().Trim();
    }

    /// <summary>
    /// Returns the visible text of <paramref name="html"/>: entities decoded, whitespace collapsed,
    /// cut on a word boundary with "…" when longer than <paramref name="maxChars"/>.
    /// </summary>
    public static string ToPlainText(string html, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        var text = new StringBuilder(html.Length);
        foreach (var child in Load(html).DocumentNode.ChildNodes)
        {
            AppendText(child, text, 0);
        }

        return Truncate(TextNormalizer.CollapseWhitespace(TextNormalizer.Nfc(text.ToString())), maxChars);
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

    private static void AppendText(HtmlNode node, StringBuilder text, int depth)
    {
        if (depth > HtmlSanitizerPolicy.MaxDepth || node.NodeType == HtmlNodeType.Comment
            || HtmlSanitizerPolicy.DroppedWithContent.Contains(node.Name))
        {
            return;
        }

        if (node.NodeType == HtmlNodeType.Text)
        {
            text.Append(HtmlEntity.DeEntitize(node.InnerHtml));
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
                output.Append(HtmlEscaping.Encode(HtmlEntity.DeEntitize(node.InnerHtml), false));
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

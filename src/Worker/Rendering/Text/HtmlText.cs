using System.Text;
using HtmlAgilityPack;

namespace Syndicator.Worker.Rendering.Text;

/// <summary>HTML escaping and HTML-to-plain-text conversion.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head", "title",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "blockquote", "figure", "figcaption", "section", "article", "header", "footer", "hr", "pre",
    };

    /// <summary>Escapes the five HTML-significant characters; leaves Vietnamese letters as they are.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Removes tags (and the content of script-like elements), decodes entities, keeps paragraph breaks.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        if (html.IndexOfAny(['<', '&']) < 0)
        {
            return html;
        }

        var document = new HtmlDocument();
        document.LoadHtml(html);
        var builder = new StringBuilder(html.Length);
        Append(document.DocumentNode, builder);
        return TextLayout.Tidy(builder.ToString());
    }

    private static void Append(HtmlNode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    builder.Append(HtmlEntity.DeEntitize(((HtmlTextNode)child).Text));
                    break;
                case HtmlNodeType.Element when Dropped.Contains(child.Name):
                    break;
                case HtmlNodeType.Element:
                    var block = Blocks.Contains(child.Name);
                    builder.Append(block ? "\n" : string.Empty);
                    Append(child, builder);
                    builder.Append(block ? "\n" : string.Empty);
                    break;
            }
        }
    }
}

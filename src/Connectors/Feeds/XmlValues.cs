using System.Text;
using System.Xml.Linq;

namespace Syndicator.Connectors.Feeds;

/// <summary>Reads text and markup out of feed elements.</summary>
internal static class XmlValues
{
    /// <summary>The element's text; when it holds unescaped child elements, its inner markup as HTML.</summary>
    public static string Content(XElement element)
    {
        if (!element.HasElements)
        {
            return element.Value;
        }

        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            builder.Append(node switch
            {
                XText text => HtmlEscaping.Encode(text.Value, false),
                XElement child => StripNamespaces(child).ToString(SaveOptions.DisableFormatting),
                _ => string.Empty,
            });
        }

        return builder.ToString();
    }

    public static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value;

    /// <summary>The depth of the deepest descendant below <paramref name="element"/> (0 for a leaf).</summary>
    public static int Depth(XElement element)
    {
        var max = 0;
        var stack = new Stack<(XElement Element, int Depth)>();
        stack.Push((element, 0));
        while (stack.Count > 0)
        {
            var (current, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in current.Elements())
            {
                stack.Push((child, depth + 1));
            }
        }

        return max;
    }

    private static XElement StripNamespaces(XElement element) =>
        new(element.Name.LocalName,
            element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new XAttribute(a.Name.LocalName, a.Value)),
            element.Nodes().Select(n => n is XElement e ? StripNamespaces(e) : n));
}

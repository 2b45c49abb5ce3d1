using System.Xml.Linq;

namespace Syndicator.Connectors.Feeds;

/// <summary>Atom text constructs (type text/html/xhtml; Atom 0.3 mode escaped/xml) as HTML.</summary>
internal static class AtomText
{
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static string AsHtml(XElement element) =>
        AsHtml(XmlValues.Attribute(element, "type"), XmlValues.Attribute(element, "mode"), element.HasElements ? element : null, element.Value);

    /// <summary>Reads the text construct the reader is on; the reader ends after it.</summary>
    public static string AsHtml(ElementReader reader)
    {
        var type = reader.Reader.GetAttribute("type");
        var mode = reader.Reader.GetAttribute("mode");
        var content = reader.Mixed();
        return AsHtml(type, mode, content.Element, content.Text);
    }

    /// <summary><paramref name="elements"/>: the construct's nodes when it has child elements, else null.</summary>
    private static string AsHtml(string? typeAttribute, string? modeAttribute, XElement? elements, string text)
    {
        var type = (typeAttribute ?? "text").Trim().ToLowerInvariant();
        var mode = modeAttribute?.Trim().ToLowerInvariant();
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml" || elements is not null)
        {
            return elements is null ? text : Xhtml(elements);
        }

        return type.Contains("html", StringComparison.Ordinal) || mode == "escaped"
            ? text
            : HtmlEscaping.Encode(text, false);
    }

    private static string Xhtml(XElement element)
    {
        var children = element.Elements().ToList();
        var wrapper = children.Count == 1 && children[0].Name == XName.Get("div", XhtmlNamespace) && string.IsNullOrWhiteSpace(string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)))
            ? children[0]
            : element;
        return XmlValues.Content(wrapper);
    }
}

using System.Xml.Linq;

namespace Syndicator.Connectors.Feeds;

/// <summary>Atom text constructs (type text/html/xhtml; Atom 0.3 mode escaped/xml) as HTML.</summary>
internal static class AtomText
{
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static string AsHtml(XElement element)
    {
        var type = (XmlValues.Attribute(element, "type") ?? "text").Trim().ToLowerInvariant();
        var mode = XmlValues.Attribute(element, "mode")?.Trim().ToLowerInvariant();
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml" || element.HasElements)
        {
            return Xhtml(element);
        }

        return type.Contains("html", StringComparison.Ordinal) || mode == "escaped"
            ? element.Value
            : HtmlEscaping.Encode(element.Value, false);
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

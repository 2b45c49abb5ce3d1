using System.Xml.Linq;

namespace Syndicator.Connectors.Feeds;

/// <summary>Maps an RSS 0.9x / 2.0 &lt;item&gt; or an RSS 1.0 (RDF) &lt;item&gt; to a <see cref="RawEntry"/>.</summary>
internal static class RssItemMapper
{
    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static RawEntry Map(XElement item)
    {
        var raw = new RawEntry { Id = item.Attribute(XName.Get("about", RdfNamespace))?.Value };
        string? permalink = null;
        foreach (var child in item.Elements())
        {
            if (child.Name.Namespace != item.Name.Namespace)
            {
                ForeignElements.Apply(child, raw);
                continue;
            }

            switch (child.Name.LocalName)
            {
                case "title": raw.Title ??= child.Value; break;
                case "link": raw.Link ??= child.Value.Trim(); break;
                case "description": raw.SummaryHtml ??= XmlValues.Content(child); break;
                case "guid":
                    raw.Id = child.Value.Trim();
                    permalink = XmlValues.Attribute(child, "isPermaLink")?.Trim() is "false" ? null : raw.Id;
                    break;
                case "pubDate": raw.Published = child.Value; break;
                case "author": raw.Author ??= child.Value; break;
                case "category": raw.Categories.Add(child.Value); break;
                case "enclosure": AddEnclosure(child, raw); break;
            }
        }

        if (string.IsNullOrWhiteSpace(raw.Link) && permalink is not null
            && (permalink.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || permalink.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            raw.Link = permalink;
        }

        return raw;
    }

    private static void AddEnclosure(XElement element, RawEntry raw)
    {
        var url = XmlValues.Attribute(element, "url");
        if (!string.IsNullOrWhiteSpace(url))
        {
            raw.Enclosures.Add((url, XmlValues.Attribute(element, "type"), XmlValues.Attribute(element, "length")));
        }
    }
}

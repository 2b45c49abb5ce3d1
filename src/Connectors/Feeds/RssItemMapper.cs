namespace Syndicator.Connectors.Feeds;

/// <summary>Maps an RSS 0.9x / 2.0 &lt;item&gt; or an RSS 1.0 (RDF) &lt;item&gt; to a <see cref="RawEntry"/>.</summary>
internal static class RssItemMapper
{
    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>Reads the item the reader is on; the reader ends after it.</summary>
    public static RawEntry Map(ElementReader item)
    {
        var reader = item.Reader;
        var itemNamespace = reader.NamespaceURI;
        var raw = new RawEntry { Id = reader.GetAttribute("about", RdfNamespace) };
        string? permalink = null;
        string? origLink = null;
        string? alternate = null;
        var depth = item.Open();
        while (item.NextChild(depth))
        {
            if (reader.NamespaceURI != itemNamespace)
            {
                if (reader.LocalName == "origLink")
                {
                    origLink = First(origLink, item.Value());
                    continue;
                }

                if (reader.LocalName == "link" && reader.NamespaceURI == FeedFormatDetector.Atom10Namespace
                    && (reader.GetAttribute("rel")?.Trim() ?? "alternate") == "alternate")
                {
                    alternate = First(alternate, reader.GetAttribute("href"));
                }

                ForeignElements.Apply(item, raw);
                continue;
            }

            switch (reader.LocalName)
            {
                case "title": raw.Title = First(raw.Title, item.Value()); break;
                case "link": raw.Link = First(raw.Link, item.Value().Trim()); break;
                case "description": raw.SummaryHtml = First(raw.SummaryHtml, item.Mixed().Html); break;
                case "guid":
                    var isPermaLink = reader.GetAttribute("isPermaLink");
                    raw.Id = item.Value().Trim();
                    permalink = isPermaLink?.Trim() is "false" ? null : raw.Id;
                    break;
                case "pubDate": raw.Published = item.Value(); break;
                case "author": raw.Author = First(raw.Author, item.Value()); break;
                case "category": raw.Categories.Add(item.Value()); break;
                case "enclosure": AddEnclosure(item, raw); break;
                default: item.Skip(); break;
            }
        }

        // The publisher's own URL (feedburner:origLink, else atom:link rel="alternate") wins over a proxy <link>.
        if (new[] { origLink, alternate }.FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)) is { } canonical)
        {
            raw.Link = canonical.Trim();
        }

        if (string.IsNullOrWhiteSpace(raw.Link) && permalink is not null
            && (permalink.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || permalink.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            raw.Link = permalink;
        }

        return raw;
    }

    private static void AddEnclosure(ElementReader item, RawEntry raw)
    {
        var reader = item.Reader;
        var url = reader.GetAttribute("url");
        if (!string.IsNullOrWhiteSpace(url))
        {
            raw.Enclosures.Add((url, reader.GetAttribute("type"), reader.GetAttribute("length")));
        }

        item.Skip();
    }

    /// <summary>The value already set, else the new one (the element is read either way).</summary>
    internal static string? First(string? current, string? next) => current ?? next;
}

namespace Syndicator.Connectors.Feeds;

/// <summary>Maps an Atom 1.0 or 0.3 &lt;entry&gt; to a <see cref="RawEntry"/>.</summary>
internal static class AtomEntryMapper
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Reads the entry the reader is on; the reader ends after it.</summary>
    public static RawEntry Map(ElementReader entry, Uri documentUri)
    {
        var reader = entry.Reader;
        var entryNamespace = reader.NamespaceURI;
        var xmlBase = reader.GetAttribute("base", XmlNamespace);
        var raw = new RawEntry { TitleIsHtml = true, Base = xmlBase is null ? null : UrlNormalizer.Resolve(xmlBase, documentUri) };
        string? firstLink = null;
        var depth = entry.Open();
        while (entry.NextChild(depth))
        {
            if (reader.NamespaceURI != entryNamespace)
            {
                ForeignElements.Apply(entry, raw);
                continue;
            }

            switch (reader.LocalName)
            {
                case "id": raw.Id = entry.Value(); break;
                case "title": raw.Title = RssItemMapper.First(raw.Title, AtomText.AsHtml(entry)); break;
                case "link": firstLink = ApplyLink(entry, raw, firstLink); break;
                case "summary": raw.SummaryHtml = RssItemMapper.First(raw.SummaryHtml, AtomText.AsHtml(entry)); break;
                case "content" when reader.GetAttribute("src") is null:
                    raw.ContentHtml = RssItemMapper.First(raw.ContentHtml, AtomText.AsHtml(entry));
                    break;
                case "published" or "issued" or "created": raw.Published = RssItemMapper.First(raw.Published, entry.Value()); break;
                case "updated" or "modified": raw.Updated = RssItemMapper.First(raw.Updated, entry.Value()); break;
                case "author": raw.Author = RssItemMapper.First(raw.Author, AuthorName(entry)); break;
                case "category": AddCategory(entry, raw); break;
                default: entry.Skip(); break;
            }
        }

        raw.Link ??= firstLink;
        return raw;
    }

    /// <summary>Applies one link; returns the first href seen, which serves when no alternate exists.</summary>
    private static string? ApplyLink(ElementReader entry, RawEntry raw, string? firstLink)
    {
        var reader = entry.Reader;
        var href = reader.GetAttribute("href")?.Trim();
        var rel = reader.GetAttribute("rel")?.Trim() ?? "alternate";
        var type = reader.GetAttribute("type");
        var length = reader.GetAttribute("length");
        entry.Skip();
        if (string.IsNullOrEmpty(href))
        {
            return firstLink;
        }

        if (rel == "alternate")
        {
            raw.Link ??= href;
        }
        else if (rel == "enclosure")
        {
            raw.Enclosures.Add((href, type, length));
        }

        return firstLink ?? href;
    }

    /// <summary>The first &lt;name&gt; child's text, or the first &lt;email&gt; child's when the name is blank.</summary>
    private static string? AuthorName(ElementReader entry)
    {
        string? name = null;
        string? email = null;
        var depth = entry.Open();
        while (entry.NextChild(depth))
        {
            switch (entry.Reader.LocalName)
            {
                case "name": name = RssItemMapper.First(name, entry.Value()); break;
                case "email": email = RssItemMapper.First(email, entry.Value()); break;
                default: entry.Skip(); break;
            }
        }

        return string.IsNullOrWhiteSpace(name) ? email : name;
    }

    private static void AddCategory(ElementReader entry, RawEntry raw)
    {
        var reader = entry.Reader;
        var label = reader.GetAttribute("label");
        var term = reader.GetAttribute("term");
        var value = label ?? term ?? entry.Value();
        if (label is not null || term is not null)
        {
            entry.Skip();
        }

        if (!string.IsNullOrWhiteSpace(value))
        {
            raw.Categories.Add(value);
        }
    }
}

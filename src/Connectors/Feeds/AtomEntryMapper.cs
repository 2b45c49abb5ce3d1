using System.Xml.Linq;

namespace Syndicator.Connectors.Feeds;

/// <summary>Maps an Atom 1.0 or 0.3 &lt;entry&gt; to a <see cref="RawEntry"/>.</summary>
internal static class AtomEntryMapper
{
    public static RawEntry Map(XElement entry, Uri documentUri)
    {
        var raw = new RawEntry { TitleIsHtml = true, Base = XmlBase(entry, documentUri) };
        string? firstLink = null;
        foreach (var child in entry.Elements())
        {
            if (child.Name.Namespace != entry.Name.Namespace)
            {
                ForeignElements.Apply(child, raw);
                continue;
            }

            switch (child.Name.LocalName)
            {
                case "id": raw.Id = child.Value; break;
                case "title": raw.Title ??= AtomText.AsHtml(child); break;
                case "link": firstLink = ApplyLink(child, raw, firstLink); break;
                case "summary": raw.SummaryHtml ??= AtomText.AsHtml(child); break;
                case "content" when child.Attribute("src") is null: raw.ContentHtml ??= AtomText.AsHtml(child); break;
                case "published" or "issued" or "created": raw.Published ??= child.Value; break;
                case "updated" or "modified": raw.Updated ??= child.Value; break;
                case "author": raw.Author ??= AuthorName(child); break;
                case "category": AddCategory(child, raw); break;
            }
        }

        raw.Link ??= firstLink;
        return raw;
    }

    /// <summary>Applies one link; returns the first href seen, which serves when no alternate exists.</summary>
    private static string? ApplyLink(XElement link, RawEntry raw, string? firstLink)
    {
        var href = XmlValues.Attribute(link, "href")?.Trim();
        if (string.IsNullOrEmpty(href))
        {
            return firstLink;
        }

        var rel = XmlValues.Attribute(link, "rel")?.Trim() ?? "alternate";
        if (rel == "alternate")
        {
            raw.Link ??= href;
        }
        else if (rel == "enclosure")
        {
            raw.Enclosures.Add((href, XmlValues.Attribute(link, "type"), XmlValues.Attribute(link, "length")));
        }

        return firstLink ?? href;
    }

    private static string? AuthorName(XElement author)
    {
        var name = author.Elements().FirstOrDefault(e => e.Name.LocalName == "name")?.Value;
        return string.IsNullOrWhiteSpace(name) ? author.Elements().FirstOrDefault(e => e.Name.LocalName == "email")?.Value : name;
    }

    private static void AddCategory(XElement category, RawEntry raw)
    {
        var value = XmlValues.Attribute(category, "label") ?? XmlValues.Attribute(category, "term") ?? category.Value;
        if (!string.IsNullOrWhiteSpace(value))
        {
            raw.Categories.Add(value);
        }
    }

    private static Uri? XmlBase(XElement entry, Uri documentUri)
    {
        var value = entry.Attribute(XNamespace.Xml + "base")?.Value;
        return value is null ? null : UrlNormalizer.Resolve(value, documentUri);
    }
}

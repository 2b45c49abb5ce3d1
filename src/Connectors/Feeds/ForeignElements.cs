namespace Syndicator.Connectors.Feeds;

/// <summary>Extension elements shared by RSS and Atom: content:encoded, Dublin Core, Media RSS.</summary>
internal static class ForeignElements
{
    private const string MediaNamespace = "http://search.yahoo.com/mrss/";

    /// <summary>Applies the element the reader is on; the reader ends after it.</summary>
    public static void Apply(ElementReader item, RawEntry raw)
    {
        var reader = item.Reader;
        switch (reader.LocalName)
        {
            case "encoded":
                raw.ContentHtml = RssItemMapper.First(raw.ContentHtml, item.Mixed().Html);
                break;
            case "creator":
                raw.Author = RssItemMapper.First(raw.Author, item.Value());
                break;
            case "date" or "issued":
                raw.Published = RssItemMapper.First(raw.Published, item.Value());
                break;
            case "modified":
                raw.Updated = RssItemMapper.First(raw.Updated, item.Value());
                break;
            case "subject":
                raw.Categories.Add(item.Value());
                break;
            case "thumbnail" when IsMedia(reader.NamespaceURI):
                raw.ImageUrl ??= reader.GetAttribute("url");
                item.Skip();
                break;
            case "content" when IsMedia(reader.NamespaceURI):
                ApplyMediaContent(item, raw);
                break;
            case "group" when IsMedia(reader.NamespaceURI):
                ApplyChildren(item, raw);
                break;
            default:
                item.Skip();
                break;
        }
    }

    private static bool IsMedia(string namespaceName) =>
        namespaceName.StartsWith(MediaNamespace.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static void ApplyMediaContent(ElementReader item, RawEntry raw)
    {
        var reader = item.Reader;
        var url = reader.GetAttribute("url");
        var type = reader.GetAttribute("type");
        var isImage = reader.GetAttribute("medium") == "image" || type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true;
        if (url is not null && isImage)
        {
            raw.ImageUrl ??= url;
        }
        else if (url is not null)
        {
            raw.Enclosures.Add((url, type, reader.GetAttribute("fileSize")));
        }

        ApplyChildren(item, raw);
    }

    private static void ApplyChildren(ElementReader item, RawEntry raw)
    {
        var depth = item.Open();
        while (item.NextChild(depth))
        {
            Apply(item, raw);
        }
    }
}

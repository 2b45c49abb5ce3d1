using System.Xml.Linq;

namespace Syndicator.Connectors.Feeds;

/// <summary>Extension elements shared by RSS and Atom: content:encoded, Dublin Core, Media RSS.</summary>
internal static class ForeignElements
{
    private const string MediaNamespace = "http://search.yahoo.com/mrss/";

    public static void Apply(XElement element, RawEntry raw)
    {
        switch (element.Name.LocalName)
        {
            case "encoded":
                raw.ContentHtml ??= XmlValues.Content(element);
                break;
            case "creator":
                raw.Author ??= element.Value;
                break;
            case "date" or "issued":
                raw.Published ??= element.Value;
                break;
            case "modified":
                raw.Updated ??= element.Value;
                break;
            case "subject":
                raw.Categories.Add(element.Value);
                break;
            case "thumbnail" when IsMedia(element):
                raw.ImageUrl ??= XmlValues.Attribute(element, "url");
                break;
            case "content" when IsMedia(element):
                ApplyMediaContent(element, raw);
                break;
            case "group" when IsMedia(element):
                foreach (var child in element.Elements())
                {
                    Apply(child, raw);
                }

                break;
        }
    }

    private static bool IsMedia(XElement element) =>
        element.Name.NamespaceName.StartsWith(MediaNamespace.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static void ApplyMediaContent(XElement element, RawEntry raw)
    {
        var url = XmlValues.Attribute(element, "url");
        var type = XmlValues.Attribute(element, "type");
        var isImage = XmlValues.Attribute(element, "medium") == "image" || type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true;
        if (url is not null && isImage)
        {
            raw.ImageUrl ??= url;
        }
        else if (url is not null)
        {
            raw.Enclosures.Add((url, type, XmlValues.Attribute(element, "fileSize")));
        }

        foreach (var child in element.Elements())
        {
            Apply(child, raw);
        }
    }
}

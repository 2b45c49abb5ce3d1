using System.Globalization;
using System.Xml;

namespace Syndicator.Worker.Web.Feeds;

/// <summary>Atom 1.0 (RFC 4287).</summary>
public static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static string Write(ColumnSnapshot column, string selfUrl) => XmlText.Write(xml =>
    {
        xml.WriteStartElement("feed", Ns);
        xml.WriteAttributeString("xml", "lang", null, "vi");
        xml.WriteElementString("id", Ns, $"urn:syndicator:column:{column.Commune.Slug}");
        xml.WriteElementString("title", Ns, XmlText.Clean(column.Title));
        xml.WriteElementString("subtitle", Ns, ColumnSnapshot.Description);
        xml.WriteElementString("updated", Ns, Rfc3339(column.Updated));
        Link(xml, "self", selfUrl);
        xml.WriteStartElement("author", Ns);
        xml.WriteElementString("name", Ns, XmlText.Clean(column.Commune.Name));
        xml.WriteEndElement();
        foreach (var item in column.Items) WriteEntry(xml, item);
        xml.WriteEndElement();
    });

    private static void WriteEntry(XmlWriter xml, ColumnItem item)
    {
        xml.WriteStartElement("entry", Ns);
        xml.WriteElementString("id", Ns, item.Urn);
        xml.WriteElementString("title", Ns, XmlText.Clean(item.Title));
        if (item.Link is not null) Link(xml, "alternate", XmlText.Clean(item.Link));
        xml.WriteElementString("published", Ns, Rfc3339(item.Published));
        xml.WriteElementString("updated", Ns, Rfc3339(item.Updated > item.Published ? item.Updated : item.Published));
        xml.WriteStartElement("category", Ns);
        xml.WriteAttributeString("term", XmlText.Clean(item.ThemeName));
        xml.WriteEndElement();
        xml.WriteStartElement("summary", Ns);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlText.Clean(item.Summary));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace Syndicator.Worker.Web.Feeds;

/// <summary>RSS 2.0.</summary>
public static class RssFeedWriter
{
    public const string ContentType = "application/rss+xml; charset=utf-8";

    public static string Write(ColumnSnapshot column, string selfUrl) => XmlText.Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", XmlText.Clean(column.Title));
        xml.WriteElementString("link", selfUrl);
        xml.WriteElementString("description", ColumnSnapshot.Description);
        xml.WriteElementString("language", "vi");
        xml.WriteElementString("lastBuildDate", Rfc822(column.Updated));
        foreach (var item in column.Items)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("title", XmlText.Clean(item.Title));
            if (item.Link is not null) xml.WriteElementString("link", XmlText.Clean(item.Link));
            xml.WriteElementString("description", XmlText.Clean(item.Summary));
            xml.WriteElementString("category", XmlText.Clean(item.ThemeName));
            xml.WriteElementString("pubDate", Rfc822(item.Published));
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "false");
            xml.WriteString(item.Urn);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    private static string Rfc822(DateTimeOffset at) => at.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}

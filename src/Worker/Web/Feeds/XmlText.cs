using System.Text;
using System.Xml;

namespace Syndicator.Worker.Web.Feeds;

/// <summary>Writes an XML document to a UTF-8 string (XmlWriter encodes every text node and attribute).</summary>
public static class XmlText
{
    public static string Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = false };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Drops characters XML 1.0 cannot carry at all (control characters), so a hostile title cannot break the feed.</summary>
    public static string Clean(string? text) =>
        string.IsNullOrEmpty(text) ? "" : new string(text.Where(XmlConvert.IsXmlChar).ToArray());
}

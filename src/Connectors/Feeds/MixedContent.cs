using System.Xml.Linq;

namespace Syndicator.Connectors.Feeds;

/// <summary>An element's content: plain text, or a container of its nodes when it holds child elements.</summary>
internal readonly record struct MixedContent(string Text, XElement? Element)
{
    /// <summary>As <see cref="XmlValues.Content"/>: the text, or the inner markup as HTML.</summary>
    public string Html => Element is null ? Text : XmlValues.Content(Element);
}

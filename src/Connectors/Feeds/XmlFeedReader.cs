using System.Xml;
using System.Xml.Linq;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Streams an XML feed with <see cref="XmlReader"/>: only one item at a time is materialised, and
/// reading stops at the first item beyond the entry cap. No DTD processing, no external resolution.
/// </summary>
internal static class XmlFeedReader
{
    public static FeedFormat Read(string text, ParseContext context) => Read(new StringReader(text), context);

    public static FeedFormat Read(TextReader text, ParseContext context) => Read(XmlReader.Create(text, Settings(context.Options)), context);

    /// <summary>Reads bytes the caller knows to be UTF-8: the reader decodes them itself, and throws on an invalid sequence.</summary>
    public static FeedFormat Read(Stream utf8, ParseContext context) => Read(XmlReader.Create(utf8, Settings(context.Options)), context);

    private static FeedFormat Read(XmlReader created, ParseContext context)
    {
        using var reader = created;
        reader.MoveToContent();
        var format = FeedFormatDetector.FromRoot(reader.LocalName, reader.NamespaceURI, reader.GetAttribute("version"))
            ?? throw new FeedParseException(FeedFormatDetector.NotAFeedMessage(reader.Name));
        if (format == FeedFormat.Atom10 && reader.NamespaceURI != FeedFormatDetector.Atom10Namespace)
        {
            context.Warn($"Atom feed in namespace '{reader.NamespaceURI}'; read as Atom 1.0.");
        }

        context.Format = format;
        Walk(reader, format, context);
        return format;
    }

    internal static XmlReaderSettings Settings(FeedParseOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = options.MaxCharactersInDocument,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
    };

    private static void Walk(XmlReader reader, FeedFormat format, ParseContext context)
    {
        var atom = FeedFormatDetector.IsAtom(format);
        var itemName = atom ? "entry" : "item";
        var metaDepth = atom ? 1 : 2;
        var coreNamespace = atom || format == FeedFormat.Rdf ? null : string.Empty;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            EnsureDepth(reader.Depth, context);
            if (reader.LocalName == itemName && reader.Depth <= 2)
            {
                if (!context.HasRoom())
                {
                    return;
                }

                var item = new ElementReader(reader);
                var raw = atom ? AtomEntryMapper.Map(item, context.DocumentUri) : RssItemMapper.Map(item);
                EnsureDepth(item.MaxDepth, context);
                context.Add(raw);
            }
            else if (reader.Depth == metaDepth && reader.LocalName is "title" or "link" or "ttl"
                && (coreNamespace is null || reader.NamespaceURI == coreNamespace))
            {
                ReadMeta(ReadElement(reader, context), atom, context);
            }
            else
            {
                reader.Read();
            }
        }
    }

    private static XElement ReadElement(XmlReader reader, ParseContext context)
    {
        var depth = reader.Depth;
        var element = (XElement)XNode.ReadFrom(reader);
        EnsureDepth(depth + XmlValues.Depth(element), context);
        return element;
    }

    private static void ReadMeta(XElement element, bool atom, ParseContext context)
    {
        if (element.Name.LocalName == "ttl")
        {
            ReadTimeToLive(element.Value, context);
            return;
        }

        if (element.Name.LocalName == "title")
        {
            var html = atom ? AtomText.AsHtml(element) : element.Value;
            context.FeedTitle ??= HtmlSanitizer.ToPlainText(TextNormalizer.Nfc(html), 300);
            return;
        }

        var rel = XmlValues.Attribute(element, "rel") ?? "alternate";
        var href = atom ? XmlValues.Attribute(element, "href") : element.Value;
        if (rel == "alternate" && !string.IsNullOrWhiteSpace(href))
        {
            context.FeedLink ??= href.Trim();
        }
    }

    private static void EnsureDepth(int depth, ParseContext context)
    {
        if (depth > context.Options.MaxDepth)
        {
            throw new FeedParseException($"The document is nested deeper than {context.Options.MaxDepth} levels.");
        }
    }

    /// <summary>RSS &lt;ttl&gt;: minutes the feed may be cached. Ignored (with a warning) unless a positive whole number.</summary>
    private static void ReadTimeToLive(string value, ParseContext context)
    {
        if (int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
        {
            context.TimeToLive ??= TimeSpan.FromMinutes(minutes);
        }
        else
        {
            context.Warn($"Ignored <ttl> '{value.Trim()}': not a positive number of minutes.");
        }
    }
}

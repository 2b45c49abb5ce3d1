using System.Text.RegularExpressions;
using System.Xml;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0, JSON Feed 1.0/1.1 and (with selectors) HTML list
/// pages into normalised <see cref="FeedEntry"/> values. The format is detected from the content.
/// </summary>
public static partial class FeedParser
{
    private static readonly FeedParseOptions Defaults = new() { FetchedAtUtc = DateTimeOffset.UnixEpoch };

    /// <summary>Parses one fetched document.</summary>
    /// <param name="content">The raw bytes as fetched.</param>
    /// <param name="contentType">The HTTP Content-Type, used for its charset when the document declares none.</param>
    /// <param name="baseUri">The document's URL; relative links resolve against the feed's link, then this.</param>
    /// <param name="options">Limits and the fetch time; without options undated entries stay undated.</param>
    /// <exception cref="FeedParseException">Nothing could be recovered from the document.</exception>
    public static ParsedFeed Parse(byte[] content, string? contentType, Uri baseUri, FeedParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(baseUri);
        var context = new ParseContext(options ?? Defaults, baseUri)
        {
            FallbackDate = options?.FetchedAtUtc.ToUniversalTime(),
        };
        var format = Utf8FeedReader.TryRead(content, contentType, context) ?? DecodeAndRead(content, contentType, context);
        var link = context.FeedLink is null ? null : UrlNormalizer.Canonicalize(context.FeedLink, baseUri);
        return new ParsedFeed(format, context.FeedTitle, link, context.Entries, context.Warnings) { TimeToLive = context.TimeToLive };
    }

    private static FeedFormat DecodeAndRead(byte[] content, string? contentType, ParseContext context)
    {
        var text = FeedTextDecoder.Decode(content, contentType, context.Warnings).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0)
        {
            throw new FeedParseException("The document is empty.");
        }

        return Dispatch(text, context);
    }

    private static FeedFormat Dispatch(string text, ParseContext context)
    {
        if (text[0] is '{' or '[')
        {
            return JsonFeedReader.Read(text, context);
        }

        var root = SniffRoot(text);
        var isFeedRoot = IsFeedRoot(root);
        if (!isFeedRoot && context.Options.HtmlSelectors is { } selectors)
        {
            return HtmlListPageReader.Read(text, selectors, context);
        }

        return root.Equals("html", StringComparison.OrdinalIgnoreCase)
            ? throw new FeedParseException(FeedFormatDetector.NotAFeedMessage(root.ToLowerInvariant()))
            : ReadXml(text, context);
    }

    private static FeedFormat ReadXml(string text, ParseContext context)
    {
        try
        {
            return XmlFeedReader.Read(text, context);
        }
        catch (XmlException first)
        {
            context.Reset();
            context.Warn($"The document is not well-formed XML ({first.Message}); it was repaired.");
        }

        try
        {
            return XmlFeedReader.Read(XmlRepair.Repair(text), context);
        }
        catch (XmlException second) when (context.Format is { } format && context.Entries.Count > 0)
        {
            context.Warn($"Reading stopped early ({second.Message}); {context.Entries.Count} entries recovered.");
            return format;
        }
        catch (XmlException second)
        {
            throw new FeedParseException($"The document is not well-formed XML: {second.Message}", second);
        }
    }

    internal static bool IsFeedRoot(string root) => root is "rss" or "feed" or "rdf:RDF" or "RDF";

    /// <summary>The name of the first element, skipping junk text, the XML declaration, comments and DOCTYPE.</summary>
    internal static string SniffRoot(string text) => SniffRootAt(text).Name;

    /// <summary><see cref="SniffRoot"/>, with the index just after the name (where a longer text could go on with it).</summary>
    internal static (string Name, int End) SniffRootAt(string text)
    {
        var match = RootElement().Match(text, XmlRepair.FindFirstTag(text));
        return match.Success ? (match.Groups[1].Value, match.Index + match.Length) : (string.Empty, 0);
    }

    [GeneratedRegex(@"\G(?:\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>))*\s*<([A-Za-z_][\w:.\-]*)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex RootElement();
}

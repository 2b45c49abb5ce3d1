namespace Syndicator.Connectors.Feeds;

/// <summary>Decides the feed format from the root element (never from the URL).</summary>
internal static class FeedFormatDetector
{
    public const string Atom10Namespace = "http://www.w3.org/2005/Atom";
    public const string Atom03Namespace = "http://purl.org/atom/ns#";

    public static FeedFormat? FromRoot(string localName, string namespaceUri, string? version) => localName switch
    {
        "rss" when version?.Trim().StartsWith("0.9", StringComparison.Ordinal) == true => FeedFormat.Rss09x,
        "rss" => FeedFormat.Rss20,
        "RDF" => FeedFormat.Rdf,
        "feed" when namespaceUri == Atom03Namespace || version?.Trim() == "0.3" => FeedFormat.Atom03,
        "feed" => FeedFormat.Atom10,
        _ => null,
    };

    public static bool IsAtom(FeedFormat format) => format is FeedFormat.Atom10 or FeedFormat.Atom03;

    public static string NotAFeedMessage(string rootName) => $"The document is not a feed: root element <{rootName}>";
}

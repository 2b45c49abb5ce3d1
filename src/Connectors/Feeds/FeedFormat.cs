namespace Syndicator.Connectors.Feeds;

public enum FeedFormat
{
    Rss20,
    Rss09x,
    Rdf,
    Atom10,
    Atom03,
    JsonFeed,
    HtmlPage,
}

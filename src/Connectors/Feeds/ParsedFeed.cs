namespace Syndicator.Connectors.Feeds;

public sealed record ParsedFeed(
    FeedFormat Format,
    string? Title,
    string? Link,
    IReadOnlyList<FeedEntry> Entries,
    IReadOnlyList<string> Warnings)
{
    /// <summary>How long the publisher says the feed may be cached (RSS &lt;ttl&gt;), when declared.</summary>
    public TimeSpan? TimeToLive { get; init; }
}

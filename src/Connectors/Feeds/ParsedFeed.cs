namespace Syndicator.Connectors.Feeds;

public sealed record ParsedFeed(
    FeedFormat Format,
    string? Title,
    string? Link,
    IReadOnlyList<FeedEntry> Entries,
    IReadOnlyList<string> Warnings);

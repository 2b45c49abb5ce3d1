using Syndicator.Connectors.Feeds;

namespace Syndicator.Connectors.Tests.Feeds;

/// <summary>Loads the hand-written fixtures under Fixtures/Feeds and parses them with fixed options.</summary>
internal static class FeedFixtures
{
    public static readonly DateTimeOffset FetchedAt = new(2025, 11, 21, 3, 0, 0, TimeSpan.Zero);

    public static readonly Uri DocumentUri = new("https://feeds.example.vn/rss/feed.xml");

    public static FeedParseOptions Options => new() { FetchedAtUtc = FetchedAt };

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", name));

    public static ParsedFeed Parse(string name, FeedParseOptions? options = null, Uri? baseUri = null) =>
        FeedParser.Parse(Bytes(name), null, baseUri ?? DocumentUri, options ?? Options);

    public static ParsedFeed ParseText(string xml, FeedParseOptions? options = null) =>
        FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml), null, DocumentUri, options ?? Options);

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}

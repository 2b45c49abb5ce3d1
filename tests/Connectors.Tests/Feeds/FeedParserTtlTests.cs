using System.Text;
using Syndicator.Connectors.Feeds;

namespace Syndicator.Connectors.Tests.Feeds;

public sealed class FeedParserTtlTests
{
    private static ParsedFeed Parse(string channelExtra) => FeedParser.Parse(Encoding.UTF8.GetBytes(
        $"<rss version=\"2.0\"><channel><title>T</title>{channelExtra}<item><title>A</title><guid>a</guid></item></channel></rss>"),
        "application/rss+xml", new Uri("https://xa.example.vn/rss"));

    [Fact]
    public void Parse_rssTtl_isMinutes() => Assert.Equal(TimeSpan.FromMinutes(90), Parse("<ttl> 90 </ttl>").TimeToLive);

    [Fact]
    public void Parse_noTtl_isNull() => Assert.Null(Parse("").TimeToLive);

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    public void Parse_invalidTtl_isIgnoredWithAWarning(string value)
    {
        var feed = Parse($"<ttl>{value}</ttl>");
        Assert.Null(feed.TimeToLive);
        Assert.Contains(feed.Warnings, w => w.Contains("<ttl>", StringComparison.Ordinal));
        Assert.Single(feed.Entries);
    }

    [Fact]
    public void Parse_ttlInsideAnItem_isNotTheFeedTtl() =>
        Assert.Null(FeedParser.Parse(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><item><title>A</title><ttl>60</ttl></item></channel></rss>"),
            null, new Uri("https://xa.example.vn/rss")).TimeToLive);
}

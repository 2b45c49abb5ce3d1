using static Syndicator.Connectors.Tests.Feeds.FeedFixtures;

namespace Syndicator.Connectors.Tests.Feeds;

/// <summary>RSS items that name the publisher's own URL (feedburner:origLink, atom:link rel="alternate").</summary>
public sealed class FeedParserOrigLinkTests
{
    private readonly Syndicator.Connectors.Feeds.ParsedFeed feed = Parse("rss20-origlink.xml");

    [Fact]
    public void Parse_itemWithFeedburnerOrigLink_usesOrigLinkInsteadOfProxyLink()
    {
        Assert.Equal(4, feed.Entries.Count);
        Assert.Equal("https://baotinh.example.vn/chuyen-doi-so/binh-dan-hoc-vu-so-1001.html", feed.Entries[0].Link);
    }

    [Fact]
    public void Parse_itemWithAtomAlternateLink_usesAlternateResolvedAgainstChannelAndIgnoresSelf()
    {
        Assert.Equal("https://baotinh.example.vn/doi-moi-sang-tao/hoi-thao-1002.html", feed.Entries[1].Link);
    }

    [Fact]
    public void Parse_itemWithBlankOrigLinkAndOnlySelfLink_keepsItsOwnLink()
    {
        Assert.Equal("https://baotinh.example.vn/xa-tan-lap/so-hoa-1003.html", feed.Entries[2].Link);
    }

    [Fact]
    public void Parse_itemWithOrigLinkAndAlternate_prefersOrigLink()
    {
        Assert.Equal("https://baotinh.example.vn/giao-duc/stem-1004-goc.html", feed.Entries[3].Link);
    }

    [Fact]
    public void Parse_feedWithOrigLinks_keepsChannelLinkAndRaisesNoWarnings()
    {
        Assert.Equal("https://baotinh.example.vn/", feed.Link);
        Assert.Empty(feed.Warnings);
    }
}

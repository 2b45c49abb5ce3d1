using System.Diagnostics;
using Syndicator.Connectors.Feeds;
using static Syndicator.Connectors.Tests.Feeds.FeedFixtures;

namespace Syndicator.Connectors.Tests.Feeds;

public sealed class FeedParserRecoveryTests
{
    [Fact]
    public void Parse_browserCopyWithStrayAmpersandsAndHtmlEntities_recoversEntries()
    {
        var feed = Parse("rss-browser-copy-broken.txt");
        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.Contains(feed.Warnings, w => w.Contains("repaired", StringComparison.Ordinal));
        Assert.Equal("Thời sự - Báo Điện tử Tỉnh", feed.Title);
        Assert.Equal(2, feed.Entries.Count);
        var first = feed.Entries[0];
        Assert.Equal("Tom & Jerry và bài học về an toàn trên mạng’s", first.Title);
        Assert.Equal("https://baotinh.example.vn/an-toan-mang-1.html", first.Link);
        Assert.Equal(Utc(2017, 11, 14, 10, 42, 1), first.PublishedUtc);
        Assert.Equal("https://img.example.vn/b.jpg?w=1200&h=0&q=100&dpr=1", Assert.Single(first.Enclosures).Url);
        Assert.Equal("Café é Tuyên truyền kỹ năng số cho người dân.", first.SummaryText);
    }

    [Fact]
    public void Parse_unescapedQueryAmpersandAndShortDate_keepsValues()
    {
        var entry = Parse("rss-browser-copy-broken.txt").Entries[1];
        Assert.Equal("Hội thảo AI & dữ liệu", entry.Title);
        Assert.Equal("https://baotinh.example.vn/hoi-thao.html?a=1&b=2", entry.Link);
        Assert.Equal(Utc(2017, 11, 15, 2, 5), entry.PublishedUtc);
    }

    [Fact]
    public void Parse_externalEntity_isNeverExpanded()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"syndicator-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
                <rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><link>https://a.example.vn/1</link></item></channel></rss>
                """;
            var entry = Assert.Single(ParseText(xml).Entries);
            Assert.Equal("&xxe;", entry.Title);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Parse_billionLaughs_endsQuicklyWithEntityUnexpanded()
    {
        var entities = string.Join('\n', Enumerable.Range(1, 9).Select(i =>
            $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY lol0 "lol">
            {entities}
            ]>
            <rss version="2.0"><channel><item><title>&lol9;</title><link>https://a.example.vn/1</link></item></channel></rss>
            """;
        var clock = Stopwatch.StartNew();
        var entry = Assert.Single(ParseText(xml).Entries);
        Assert.Equal("&lol9;", entry.Title);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parse_unknownXmlRoot_throwsNotAFeed()
    {
        var error = Assert.Throws<FeedParseException>(() => ParseText("<?xml version=\"1.0\"?><note><to>A</to></note>"));
        Assert.Equal("The document is not a feed: root element <note>", error.Message);
    }

    [Fact]
    public void Parse_plainText_throwsNotWellFormed()
    {
        var error = Assert.Throws<FeedParseException>(() => ParseText("Xin chào, đây không phải là feed."));
        Assert.StartsWith("The document is not well-formed XML", error.Message);
    }

    [Fact]
    public void Parse_emptyDocument_throwsEmpty()
    {
        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse([0xEF, 0xBB, 0xBF, 0x20], null, DocumentUri, Options));
        Assert.Equal("The document is empty.", error.Message);
    }

    [Fact]
    public void Parse_truncatedDocument_returnsEntriesReadBeforeTheBreak()
    {
        var xml = "<rss version=\"2.0\"><channel><item><title>Một</title></item><item><title>Hai</title></item><item><title>Ba";
        var feed = ParseText(xml);
        Assert.Equal(["Một", "Hai"], feed.Entries.Select(e => e.Title));
        Assert.Contains(feed.Warnings, w => w.Contains("2 entries recovered", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_whitespaceAndBomBeforeDeclaration_parsesWithoutWarning()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(
            "\r\n  <?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><item><title> Tin  mới </title></item></channel></rss>")).ToArray();
        var feed = FeedParser.Parse(bytes, null, DocumentUri, Options);
        Assert.Equal("Tin mới", Assert.Single(feed.Entries).Title);
        Assert.Empty(feed.Warnings);
    }
}

using System.Text;
using Syndicator.Connectors.Feeds;
using static Syndicator.Connectors.Tests.Feeds.FeedFixtures;

namespace Syndicator.Connectors.Tests.Feeds;

public sealed class FeedParserLimitsTests
{
    [Fact]
    public void Parse_hundredThousandItems_keepsMaxEntriesWithBoundedAllocation()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Lớn</title>");
        for (var i = 1; i <= 100_000; i++)
        {
            xml.Append("<item><title>Tin số ").Append(i).Append("</title><link>https://a.example.vn/").Append(i)
                .Append("</link><description>Nội dung chuyển đổi số ").Append(i).Append("</description></item>");
        }

        var bytes = Encoding.UTF8.GetBytes(xml.Append("</channel></rss>").ToString());
        var before = GC.GetAllocatedBytesForCurrentThread();
        var feed = FeedParser.Parse(bytes, null, DocumentUri, Options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(1000, feed.Entries.Count);
        Assert.Equal("Tin số 1000", feed.Entries[^1].Title);
        Assert.Contains("more than 1000 entries", Assert.Single(feed.Warnings));
        Assert.True(allocated < bytes.Length * 4L, $"allocated {allocated:N0} bytes for a {bytes.Length:N0}-byte feed");
    }

    [Fact]
    public void Parse_smallMaxEntries_dropsTheRest()
    {
        var feed = Parse("rss20-vietnamese.xml", Options with { MaxEntries = 2 });
        Assert.Equal(2, feed.Entries.Count);
        Assert.Contains(feed.Warnings, w => w.Contains("more than 2 entries", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_nestingDeeperThanMaxDepth_throws()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 100)) + "x" + string.Concat(Enumerable.Repeat("</div>", 100));
        var xml = $"<rss version=\"2.0\"><channel><item><title>A</title><description>{deep}</description></item></channel></rss>";
        var error = Assert.Throws<FeedParseException>(() => ParseText(xml));
        Assert.Contains("deeper than 64", error.Message);
    }

    [Fact]
    public void Parse_jsonNestedDeeperThanMaxDepth_throws()
    {
        var json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[" + new string('[', 100) + new string(']', 100) + "]}";
        var error = Assert.Throws<FeedParseException>(() => ParseText(json));
        Assert.StartsWith("The document is not valid JSON", error.Message);
    }
}

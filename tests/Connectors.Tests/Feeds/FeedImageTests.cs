using System.Text;
using Syndicator.Connectors.Feeds;

namespace Syndicator.Connectors.Tests.Feeds;

/// <summary>An entry without an image of its own takes the first image its sanitised summary, else content, keeps.</summary>
public sealed class FeedImageTests
{
    private static FeedEntry Single(string itemXml)
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Tin</title><link>https://xa.example.gov.vn/</link>
            <item><title>Chuyển đổi số</title><link>https://xa.example.gov.vn/1</link>{itemXml}</item>
            </channel></rss>
            """;
        return Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, new Uri("https://xa.example.gov.vn/rss")).Entries);
    }

    [Fact]
    public void The_first_kept_image_wins_and_a_dropped_one_is_passed_over()
    {
        var entry = Single("""<description><![CDATA[<p>Tin</p><img src="javascript:alert(1)"><img alt="a" src="/anh/1.jpg?a=1&amp;b=2"><img src="/anh/2.jpg">]]></description>""");
        Assert.Equal("https://xa.example.gov.vn/anh/1.jpg?a=1&b=2", entry.ImageUrl);
    }

    [Fact]
    public void A_lazy_loaded_image_gives_its_real_source()
    {
        var entry = Single("""<description><![CDATA[<img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example.vn/that.jpg">]]></description>""");
        Assert.Equal("https://cdn.example.vn/that.jpg", entry.ImageUrl);
    }

    [Fact]
    public void Without_an_image_in_the_summary_the_content_gives_it()
    {
        var entry = Single("""<description>Chỉ có chữ</description><content:encoded><![CDATA[<p>Bài</p><img src="https://cdn.example.vn/bai.jpg">]]></content:encoded>""");
        Assert.Equal("https://cdn.example.vn/bai.jpg", entry.ImageUrl);
    }

    [Fact]
    public void Text_that_only_looks_like_an_image_tag_is_not_an_image()
    {
        var entry = Single("""<description><![CDATA[<p>Viết &lt;img src="https://x.vn/a.jpg"&gt; trong bài</p><script><img src="https://x.vn/b.jpg"></script>]]></description>""");
        Assert.Null(entry.ImageUrl);
    }
}

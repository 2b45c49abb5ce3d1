using Syndicator.Connectors.Feeds;
using static Syndicator.Connectors.Tests.Feeds.FeedFixtures;

namespace Syndicator.Connectors.Tests.Feeds;

public sealed class FeedParserJsonAndHtmlTests
{
    private static readonly HtmlSelectors ListSelectors = new(
        Item: "//article[contains(@class,'news-item')]",
        Title: ".//h3/a",
        Link: ".//h3/a/@href",
        Date: ".//span[@class='date'] | .//time",
        Summary: ".//div[@class='sapo']",
        Image: ".//img");

    [Fact]
    public void Parse_jsonFeed11_extractsAllFields()
    {
        var feed = Parse("jsonfeed11.json");
        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal("Chuyên mục NQ57 — xã Hòa Bình", feed.Title);
        Assert.Equal("https://hoabinh.example.gov.vn/", feed.Link);
        var entry = feed.Entries[0];
        Assert.Equal("2025001", entry.Id);
        Assert.Equal("https://hoabinh.example.gov.vn/nq57/vneid?amp=1", entry.Link);
        Assert.Equal("Hướng dẫn kích hoạt VNeID mức độ 2", entry.Title);
        Assert.Equal("<p>Người dân mang <b>CCCD</b> đến bộ phận một cửa.</p><img src=\"https://hoabinh.example.gov.vn/img/vneid.png\">", entry.ContentHtml);
        Assert.Equal("Kích hoạt định danh điện tử <dễ dàng>.", entry.SummaryText);
        Assert.Equal(Utc(2025, 6, 20, 1, 0), entry.PublishedUtc);
        Assert.Equal(Utc(2025, 6, 21, 1, 0), entry.UpdatedUtc);
        Assert.Equal("Bộ phận Một cửa", entry.Author);
        Assert.Equal(["Bình dân học vụ số", "VNeID"], entry.Categories);
        Assert.Equal("https://hoabinh.example.gov.vn/img/cover.jpg", entry.ImageUrl);
        Assert.Equal(new FeedEnclosure("https://hoabinh.example.gov.vn/files/huong-dan.pdf", "application/pdf", 4096), Assert.Single(entry.Enclosures));
    }

    [Fact]
    public void Parse_jsonItemWithTextOnly_derivesTitleAndUsesFetchedAt()
    {
        var entry = Parse("jsonfeed11.json").Entries[1];
        Assert.Equal("Thanh toán không dùng tiền mặt tại chợ xã.", entry.Title);
        Assert.Equal("Thanh toán không dùng tiền mặt<br>tại chợ xã.", entry.ContentHtml);
        Assert.Equal("Ban biên tập", entry.Author);
        Assert.Equal(FetchedAt, entry.PublishedUtc);
    }

    [Fact]
    public void Parse_jsonWithoutItems_throwsReadableError()
    {
        var error = Assert.Throws<FeedParseException>(() => ParseText("{\"hello\": \"world\"}"));
        Assert.Contains("not a JSON Feed", error.Message);
    }

    [Fact]
    public void Parse_htmlListPageWithSelectors_scrapesItems()
    {
        var feed = Parse("list-page.html", Options with { HtmlSelectors = ListSelectors }, new Uri("https://ankhanh.example.gov.vn/tin-tuc/"));
        Assert.Equal(FeedFormat.HtmlPage, feed.Format);
        Assert.Equal("Tin tức - UBND xã An Khánh", feed.Title);
        Assert.Equal(2, feed.Entries.Count);
        var first = feed.Entries[0];
        Assert.Equal("Hội nghị sơ kết & triển khai chuyển đổi số", first.Title);
        Assert.Equal("https://ankhanh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html", first.Link);
        Assert.Equal(Utc(2025, 5, 12, 7, 20), first.PublishedUtc);
        Assert.Equal("Xã An Khánh <b>đạt 95%</b> hồ sơ trực tuyến.", first.SummaryHtml);
        Assert.Equal("https://ankhanh.example.gov.vn/uploads/so-ket.jpg", first.ImageUrl);
        var second = feed.Entries[1];
        Assert.Equal("https://ankhanh.example.gov.vn/tin-tuc/ngay-cds.html", second.Link);
        Assert.Equal(Utc(2025, 10, 10, 0, 0), second.PublishedUtc);
    }

    [Fact]
    public void Parse_htmlWithoutSelectors_throwsNotAFeed()
    {
        var error = Assert.Throws<FeedParseException>(() => Parse("list-page.html"));
        Assert.Equal("The document is not a feed: root element <html>", error.Message);
    }

    [Fact]
    public void Parse_htmlSelectorMatchingNothing_throwsReadableError()
    {
        var options = Options with { HtmlSelectors = ListSelectors with { Item = "//li[@class='none']" } };
        var error = Assert.Throws<FeedParseException>(() => Parse("list-page.html", options));
        Assert.Contains("matched nothing", error.Message);
    }
}

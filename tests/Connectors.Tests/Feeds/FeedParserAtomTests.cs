using Syndicator.Connectors.Feeds;
using static Syndicator.Connectors.Tests.Feeds.FeedFixtures;

namespace Syndicator.Connectors.Tests.Feeds;

public sealed class FeedParserAtomTests
{
    private readonly ParsedFeed feed = Parse("atom10.xml");

    [Fact]
    public void Parse_atom10_readsFeedTitleAndAlternateLink()
    {
        Assert.Equal(FeedFormat.Atom10, feed.Format);
        Assert.Equal("Sở Khoa học & Công nghệ", feed.Title);
        Assert.Equal("https://skhcn.example.gov.vn/", feed.Link);
        Assert.Equal(2, feed.Entries.Count);
    }

    [Fact]
    public void Parse_atomEntry_extractsFieldsWithXmlBase()
    {
        var entry = feed.Entries[0];
        Assert.Equal("tag:skhcn.example.gov.vn,2025:1", entry.Id);
        Assert.Equal("Ngày Đổi mới sáng tạo Việt Nam 1/10", entry.Title);
        Assert.Equal("https://skhcn.example.gov.vn/ngay-doi-moi/bai-viet-1.html?trang=2", entry.Link);
        Assert.Equal(Utc(2025, 10, 1, 1, 0), entry.PublishedUtc);
        Assert.Equal(Utc(2025, 10, 2, 1, 30), entry.UpdatedUtc);
        Assert.Equal("Phòng Truyền thông", entry.Author);
        Assert.Equal(["Đổi mới sáng tạo", "su-kien"], entry.Categories);
        Assert.Equal("https://skhcn.example.gov.vn/img/1-10.png", entry.ImageUrl);
        Assert.Equal(new FeedEnclosure("https://skhcn.example.gov.vn/files/ke-hoach.pdf", "application/pdf", 2048), Assert.Single(entry.Enclosures));
    }

    [Fact]
    public void Parse_atomTextAndXhtmlConstructs_becomeSafeHtml()
    {
        var entry = feed.Entries[0];
        Assert.Equal("Chuỗi sự kiện &lt;hưởng ứng&gt; ngày 1/10.", entry.SummaryHtml);
        Assert.Equal("Chuỗi sự kiện <hưởng ứng> ngày 1/10.", entry.SummaryText);
        Assert.Equal(
            "<p>Nội dung <strong>chi tiết</strong> với <a href=\"https://skhcn.example.gov.vn/lien-he\" rel=\"noopener nofollow\">liên hệ</a>.</p>",
            entry.ContentHtml);
    }

    [Fact]
    public void Parse_atomEntryWithoutAlternate_fallsBackToFirstLinkAndUpdated()
    {
        var entry = feed.Entries[1];
        Assert.Equal("https://skhcn.example.gov.vn/lien-quan.html", entry.Link);
        Assert.Equal(Utc(2025, 10, 3, 2, 0), entry.PublishedUtc);
        Assert.Equal(Utc(2025, 10, 3, 2, 0), entry.UpdatedUtc);
    }

    [Fact]
    public void Parse_atom03_readsIssuedModifiedAndEscapedSummary()
    {
        var old = Parse("atom03.xml");
        Assert.Equal(FeedFormat.Atom03, old.Format);
        Assert.Equal("Blog chuyển đổi số", old.Title);
        var entry = Assert.Single(old.Entries);
        Assert.Equal("Bình dân học vụ số", entry.Title);
        Assert.Equal("https://blog.example.vn/2025/binh-dan-hoc-vu-so", entry.Link);
        Assert.Equal(Utc(2025, 6, 16, 0, 0), entry.PublishedUtc);
        Assert.Equal(Utc(2025, 6, 17, 0, 0), entry.UpdatedUtc);
        Assert.Equal("Trần Thị Hằng", entry.Author);
        Assert.Equal("<p>Hướng dẫn <em>VNeID</em> cho người cao tuổi.</p>", entry.SummaryHtml);
    }
}

using Syndicator.Connectors.Feeds;
using static Syndicator.Connectors.Tests.Feeds.FeedFixtures;

namespace Syndicator.Connectors.Tests.Feeds;

public sealed class FeedParserRssTests
{
    private readonly ParsedFeed feed = Parse("rss20-vietnamese.xml");

    [Fact]
    public void Parse_rss20_detectsFormatAndChannel()
    {
        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.Equal("Khoa học - Công nghệ | Cổng thông tin xã Tân Phú", feed.Title);
        Assert.Equal("https://tanphu.example.gov.vn/", feed.Link);
        Assert.Equal(3, feed.Entries.Count);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void Parse_rss20Item_extractsCoreFields()
    {
        var entry = feed.Entries[0];
        Assert.Equal("tanphu-2025-0001", entry.Id);
        Assert.Equal("Xã Tân Phú triển khai Nghị quyết 57 về chuyển đổi số", entry.Title);
        Assert.Equal("https://tanphu.example.gov.vn/tin-tuc/chuyen-doi-so-57.html?id=57", entry.Link);
        Assert.Equal(Utc(2025, 5, 5, 1, 30), entry.PublishedUtc);
        Assert.Null(entry.UpdatedUtc);
        Assert.Equal("Nguyễn Văn Đức", entry.Author);
        Assert.Equal(["Chuyển đổi số", "Nghị quyết 57"], entry.Categories);
    }

    [Fact]
    public void Parse_rss20Item_sanitisesSummaryAndContent()
    {
        var entry = feed.Entries[0];
        Assert.Equal(
            "<p>Sáng 5/5, <strong>Ủy ban nhân dân xã</strong> tổ chức hội nghị.</p><img src=\"https://tanphu.example.gov.vn/uploads/hoi-nghi.jpg\" alt=\"Hội nghị\">",
            entry.SummaryHtml);
        Assert.Equal("Sáng 5/5, Ủy ban nhân dân xã tổ chức hội nghị.", entry.SummaryText);
        Assert.Contains("<em>“Bình dân học vụ số”</em>", entry.ContentHtml);
        Assert.Contains("<iframe src=\"https://www.youtube.com/embed/abc123\"></iframe>", entry.ContentHtml);
        Assert.DoesNotContain("evil.example.com", entry.ContentHtml);
    }

    [Fact]
    public void Parse_rss20Item_readsMediaAndEnclosures()
    {
        var entry = feed.Entries[0];
        Assert.Equal("https://cdn.example.vn/thumb/57.jpg?w=300", entry.ImageUrl);
        var enclosure = Assert.Single(entry.Enclosures);
        Assert.Equal(new FeedEnclosure("https://tanphu.example.gov.vn/audio/ban-tin.mp3", "audio/mpeg", 123456), enclosure);
    }

    [Fact]
    public void Parse_itemWithPermalinkGuidAndHtmlTitle_usesGuidAsLinkAndStripsTags()
    {
        var entry = feed.Entries[1];
        Assert.Equal("Đổi mới sáng tạo trong nông nghiệp", entry.Title);
        Assert.Equal("https://tanphu.example.gov.vn/tin-tuc/doi-moi-sang-tao.html", entry.Link);
        Assert.Equal(Utc(2025, 5, 6, 3, 15), entry.PublishedUtc);
        Assert.Equal("https://cdn.example.vn/nong-nghiep.jpg", entry.ImageUrl);
        Assert.DoesNotContain("javascript", entry.SummaryHtml);
        Assert.StartsWith("Xem ", entry.SummaryHtml);
    }

    [Fact]
    public void Parse_itemWithoutDate_usesFetchedAt()
    {
        var entry = feed.Entries[2];
        Assert.Equal(FetchedAt, entry.PublishedUtc);
        Assert.Null(entry.SummaryHtml);
        Assert.Empty(entry.Enclosures);
    }

    [Fact]
    public void Parse_rss091_detectsLegacyVersion()
    {
        var legacy = Parse("rss091.xml");
        Assert.Equal(FeedFormat.Rss09x, legacy.Format);
        var entry = Assert.Single(legacy.Entries);
        Assert.Equal("Bản tin sáng thứ Hai", entry.Title);
        Assert.Equal("http://dai.example.vn/ban-tin/1", entry.Link);
        Assert.Equal("Phát thanh lúc 6 giờ 30.", entry.SummaryText);
    }

    [Fact]
    public void Parse_rdf_readsItemsBesideChannel()
    {
        var rdf = Parse("rdf.xml");
        Assert.Equal(FeedFormat.Rdf, rdf.Format);
        Assert.Equal("Viện Khoa học tỉnh", rdf.Title);
        Assert.Equal(2, rdf.Entries.Count);
        var first = rdf.Entries[0];
        Assert.Equal("https://vienkhcn.example.vn/nhiem-vu-khcn", first.Id);
        Assert.Equal("Kết quả nhiệm vụ khoa học cấp tỉnh", first.Title);
        Assert.Equal(Utc(2025, 5, 18, 2, 0), first.PublishedUtc);
        Assert.Equal("Lê Minh", first.Author);
        Assert.Equal(["Khoa học"], first.Categories);
        Assert.Equal("Ngày Khoa học và Công nghệ 18/5", rdf.Entries[1].Title);
    }

    [Fact]
    public void Parse_nfdText_returnsNfc()
    {
        var nfdTitle = "Chuyển đổi số ở xã Đông Hòa".Normalize(System.Text.NormalizationForm.FormD);
        var parsed = ParseText($"<rss version=\"2.0\"><channel><item><title>{nfdTitle}</title><link>https://a.example.vn/1</link></item></channel></rss>");
        var title = Assert.Single(parsed.Entries).Title;
        Assert.Equal("Chuyển đổi số ở xã Đông Hòa", title);
        Assert.True(title.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Parse_relativeLinkWithoutChannelLink_resolvesAgainstDocumentUri()
    {
        var parsed = ParseText("<rss version=\"2.0\"><channel><item><title>A</title><link>../tin/a.html</link></item></channel></rss>");
        Assert.Equal("https://feeds.example.vn/tin/a.html", parsed.Entries[0].Link);
    }
}

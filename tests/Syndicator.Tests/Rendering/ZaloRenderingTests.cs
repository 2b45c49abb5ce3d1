using Syndicator.Worker.Rendering;

namespace Syndicator.Tests.Rendering;

public sealed class ZaloRenderingTests
{
    private readonly ChannelRenderer renderer = new();

    [Fact]
    public void Render_longTitle_isCutTo150OnWordBoundary()
    {
        var title = string.Join(' ', Enumerable.Repeat("Đổi mới sáng tạo", 20));

        var content = renderer.Render("zalo", Drafts.Article() with { Title = title });

        Assert.InRange(content.Title.Length, 130, 150);
        Assert.EndsWith("…", content.Title);
        Assert.StartsWith(content.Title[..^1] + " ", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_longLead_summaryIsCutTo300OnWordBoundary()
    {
        var lead = string.Join(' ', Enumerable.Repeat("bình dân học vụ số", 40));

        var content = renderer.Render("zalo", Drafts.Article() with { Lead = lead });

        Assert.NotNull(content.Summary);
        Assert.InRange(content.Summary.Length, 280, 300);
        Assert.EndsWith("…", content.Summary);
        Assert.StartsWith(content.Summary[..^1] + " ", lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_shortLead_summaryIsLeadUnchanged() =>
        Assert.Equal(Drafts.Article().Lead, renderer.Render("zalo", Drafts.Article()).Summary);

    [Fact]
    public void Render_noLead_summaryComesFromBodyText() =>
        Assert.StartsWith("Theo kế hoạch, đến hết năm 2025, 80% hồ sơ", renderer.Render("zalo", Drafts.Article() with { Lead = null }).Summary);

    [Fact]
    public void Render_article_htmlHasBodyAndAttributionAndCoverImage()
    {
        var content = renderer.Render("zalo", Drafts.Article());

        Assert.Contains("<strong>80%</strong>", content.Html);
        Assert.Contains("<p>Nguồn: <a href=\"https://baochinhphu.vn/xa-tan-lap-ra-mat-mo-hinh-102250518.htm\">Báo Điện tử Chính phủ</a></p>", content.Html);
        Assert.Equal("https://baochinhphu.vn/images/tan-lap.jpg", content.ImageUrl);
        Assert.DoesNotContain("<img", content.Html);
    }

    [Fact]
    public void Render_broadcastText_isOneShortLineNamingCommuneAndTitle()
    {
        var content = renderer.Render("zalo", Drafts.Article());

        Assert.Equal("Mời bà con đọc tin mới chuyên mục Nghị quyết 57 của xã Tân Lập: Xã Tân Lập ra mắt mô hình “Bình dân học vụ số”", content.Text);
    }

    [Fact]
    public void Render_longBroadcastOverride_isOneLineWithin200Characters()
    {
        var templates = new Dictionary<string, string> { ["zalo-broadcast"] = "{{ lead }}\n{{ lead }}\n{{ lead }}" };

        var content = renderer.Render("zalo", Drafts.Article(), templates);

        Assert.InRange(content.Text.Length, 150, 200);
        Assert.DoesNotContain('\n', content.Text);
    }

    [Fact]
    public void Render_digest_htmlHasEveryItemAndSummaryIsIntro()
    {
        var content = renderer.Render("zalo", Drafts.Digest(3));

        Assert.Contains("<h3>3. Tin số 3: tỉnh đẩy mạnh đổi mới sáng tạo</h3>", content.Html);
        Assert.Contains("<a href=\"https://nguon3.example.vn/bai-3\">Nguồn tin 3</a>", content.Html);
        Assert.Equal("Những tin nổi bật về khoa học, công nghệ và chuyển đổi số trong tuần.", content.Summary);
    }

    [Fact]
    public void Render_digestWithoutIntro_summaryListsItemTitles() =>
        Assert.StartsWith("Tin số 1: tỉnh đẩy mạnh đổi mới sáng tạo; Tin số 2:", renderer.Render("zalo", Drafts.Digest(2) with { Intro = null }).Summary);
}

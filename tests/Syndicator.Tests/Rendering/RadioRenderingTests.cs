using Syndicator.Worker.Rendering;
using Syndicator.Worker.Rendering.Radio;

namespace Syndicator.Tests.Rendering;

public sealed class RadioRenderingTests
{
    private const string Opening = "Kính thưa bà con nhân dân!\nĐài truyền thanh xã Tân Lập xin gửi tới bà con bản tin";
    private const string Closing = "Đài truyền thanh xã Tân Lập vừa phát bản tin chuyên mục Nghị quyết năm mươi bảy. Cảm ơn bà con đã chú ý lắng nghe!";

    private readonly ChannelRenderer renderer = new();

    [Fact]
    public void Render_article_hasOpeningTitleContentSourceAndClosing()
    {
        var content = renderer.Render("radio", Drafts.Article());

        Assert.StartsWith(Opening, content.Text);
        Assert.Contains("\n\nXã Tân Lập ra mắt mô hình “Bình dân học vụ số”.\n\n", content.Text);
        Assert.Contains("Sáng ngày mười tám tháng năm, Ủy ban nhân dân xã Tân Lập", content.Text);
        Assert.Contains("Tin theo Báo Điện tử Chính phủ.", content.Text);
        Assert.DoesNotContain("xem tại", content.Text);
        Assert.EndsWith(Closing, content.Text);
    }

    [Fact]
    public void Render_urlsEverywhere_leaveNoUrlInAnyField()
    {
        var draft = Drafts.Article() with
        {
            Title = "Xem https://tanlap.gov.vn/tin ngay",
            Lead = "Truy cập www.dichvucong.gov.vn hoặc gửi thư tới hotro@tanlap.gov.vn.",
        };

        var content = renderer.Render("radio", draft);

        foreach (var field in new[] { content.Title, content.Text, content.Html, content.Summary, content.Link, content.ImageUrl })
        {
            Assert.DoesNotContain("http", field ?? string.Empty);
            Assert.DoesNotContain("www", field ?? string.Empty);
            Assert.DoesNotContain(".vn", field ?? string.Empty);
            Assert.DoesNotContain("@", field ?? string.Empty);
        }
    }

    [Fact]
    public void Render_article_spellsEveryNumber() =>
        Assert.DoesNotContain(renderer.Render("radio", Drafts.Article()).Text, char.IsAsciiDigit);

    [Fact]
    public void Render_longBody_keepsContentWithinWordBudgetAndKeepsClosing()
    {
        var body = string.Concat(Enumerable.Repeat("<p>Người dân được hướng dẫn cài đặt ứng dụng trên điện thoại.</p>", 200));
        var small = new ChannelRenderer(new RenderingLimits { RadioMaxWords = 60 });

        var full = renderer.Render("radio", Drafts.Article() with { BodyHtml = body, Lead = null });
        var capped = small.Render("radio", Drafts.Article() with { BodyHtml = body, Lead = null });

        var templateWords = WordCap.CountWords(small.Render("radio", Drafts.Article() with { BodyHtml = null, Lead = null }).Text);
        Assert.InRange(WordCap.CountWords(capped.Text) - templateWords, 50, 60);
        Assert.InRange(WordCap.CountWords(full.Text) - templateWords, 390, 400);
        Assert.EndsWith(Closing, capped.Text);
    }

    [Fact]
    public void Render_article_slugIsDeliveryKeyAndNoHtml()
    {
        var content = renderer.Render("radio", Drafts.Article());

        Assert.Equal("nq57-tan-lap-2025-0518-001", content.Slug);
        Assert.Equal(string.Empty, content.Html);
        Assert.Empty(content.Hashtags);
    }

    [Fact]
    public void Render_digest_readsItemsWithOrdinalsAndSources()
    {
        var content = renderer.Render("radio", Drafts.Digest(3));

        Assert.Contains("Tin thứ nhất: Tin số một: tỉnh đẩy mạnh đổi mới sáng tạo.\nTóm tắt tin một về ứng dụng trí tuệ nhân tạo", content.Text);
        Assert.Contains("Tin thứ ba: Tin số ba:", content.Text);
        Assert.Contains("Tin theo Nguồn tin hai.", content.Text);
        Assert.DoesNotContain("https", content.Text);
        Assert.EndsWith("Cảm ơn bà con đã chú ý lắng nghe!", content.Text);
    }

    [Fact]
    public void Render_overrideWithUrlAndNumbers_isNormalisedToo()
    {
        var templates = new Dictionary<string, string> { ["radio"] = "Bản tin NQ57 ngày 1/10, xem tại https://x.vn. {{ content }}" };

        var content = renderer.Render("radio", Drafts.Article() with { BodyHtml = null }, templates);

        Assert.StartsWith("Bản tin Nghị quyết năm mươi bảy ngày một tháng mười,", content.Text);
        Assert.EndsWith("Nguồn: Báo Điện tử Chính phủ", content.Text);
    }
}

using Syndicator.Worker.Rendering;

namespace Syndicator.Tests.Rendering;

public sealed class FacebookRenderingTests
{
    private readonly ChannelRenderer renderer = new();

    [Fact]
    public void Render_article_textHasUpperTitleLeadHashtagsAndSource()
    {
        var content = renderer.Render("facebook", Drafts.Article());

        Assert.StartsWith("XÃ TÂN LẬP RA MẮT MÔ HÌNH “BÌNH DÂN HỌC VỤ SỐ”\n\nSáng 18/5, UBND xã Tân Lập", content.Text);
        Assert.EndsWith("\n#NQ57 #ChuyenDoiSo\nNguồn: Báo Điện tử Chính phủ", content.Text);
        Assert.Equal(["#NQ57", "#ChuyenDoiSo"], content.Hashtags);
    }

    [Fact]
    public void Render_article_linkCarriesPreviewCardAndTextHasNoUrl()
    {
        var content = renderer.Render("facebook", Drafts.Article());

        Assert.Equal("https://baochinhphu.vn/xa-tan-lap-ra-mat-mo-hinh-102250518.htm", content.Link);
        Assert.DoesNotContain("http", content.Text);
        Assert.DoesNotContain("Xem chi tiết", content.Text);
    }

    [Fact]
    public void Render_hashtags_containNoDiacritics()
    {
        var draft = Drafts.Article() with { ThemeKey = "moi", ThemeName = "Đổi mới sáng tạo – Ứng dụng" };

        var content = renderer.Render("facebook", draft);

        Assert.Equal(["#NQ57", "#DoiMoiSangTaoUngDung"], content.Hashtags);
        Assert.All(content.Hashtags, tag => Assert.True(tag.All(char.IsAscii), tag));
        Assert.Contains("#NQ57 #DoiMoiSangTaoUngDung", content.Text);
    }

    [Fact]
    public void Render_longLead_isCutNear600CharactersOnWordBoundary()
    {
        var lead = string.Join(' ', Enumerable.Repeat("chuyển đổi số", 200));
        var content = renderer.Render("facebook", Drafts.Article() with { Lead = lead });

        var leadLine = content.Text.Split('\n')[2];
        Assert.InRange(leadLine.Length, 550, 600);
        Assert.EndsWith("…", leadLine);
        Assert.StartsWith(leadLine[..^1] + " ", lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_htmlInTitleOrLead_isStripped()
    {
        var draft = Drafts.Article() with { Title = "Tin <b>mới</b>", Lead = "<script>alert(1)</script>Đoạn <i>dẫn</i>" };

        var content = renderer.Render("facebook", draft);

        Assert.StartsWith("TIN MỚI\n\nĐoạn dẫn\n", content.Text);
        Assert.DoesNotContain("<", content.Text);
        Assert.DoesNotContain("alert", content.Text);
    }

    [Fact]
    public void Render_hugeOverrideOutput_isCappedAtFacebookLimitAndKeepsSource()
    {
        var body = "<p>" + string.Join(' ', Enumerable.Repeat("khoa học", 40_000)) + "</p>";
        var templates = new Dictionary<string, string> { ["facebook"] = "{{{ body }}}" };

        var content = renderer.Render("facebook", Drafts.Article() with { BodyHtml = body }, templates);

        Assert.InRange(content.Text.Length, 60_000, 63_206);
        Assert.EndsWith("…\n\nNguồn: Báo Điện tử Chính phủ", content.Text);
    }

    [Fact]
    public void Render_overrideWithoutSource_appendsSourceLine()
    {
        var templates = new Dictionary<string, string> { ["facebook"] = "{{ title }}" };

        var content = renderer.Render("facebook", Drafts.Article(), templates);

        Assert.Equal("Xã Tân Lập ra mắt mô hình “Bình dân học vụ số”\n\nNguồn: Báo Điện tử Chính phủ", content.Text);
    }

    [Fact]
    public void Render_digest_numbersItemsWithSourcesAndLinks()
    {
        var content = renderer.Render("facebook", Drafts.Digest(2));

        Assert.Contains("1. Tin số 1: tỉnh đẩy mạnh đổi mới sáng tạo\n", content.Text);
        Assert.Contains("Nguồn: Nguồn tin 2 – https://nguon2.example.vn/bai-2", content.Text);
        Assert.EndsWith("#NQ57 #KhoaHocCongNghe", content.Text);
        Assert.Null(content.Link);
    }
}

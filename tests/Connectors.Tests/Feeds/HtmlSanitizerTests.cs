using Syndicator.Connectors.Feeds;

namespace Syndicator.Connectors.Tests.Feeds;

public sealed class HtmlSanitizerTests
{
    private static readonly Uri Base = new("https://xa.example.gov.vn/tin-tuc/bai.html");

    [Fact]
    public void Sanitize_scriptStyleFormObject_removedWithContent()
    {
        var html = "<p>Tin</p><script>alert('x')</script><style>p{}</style><form><input value='a'>Gửi</form><object>o</object><embed src='x'>";
        Assert.Equal("<p>Tin</p>", HtmlSanitizer.Sanitize(html, Base));
    }

    [Fact]
    public void Sanitize_eventHandlersAndStyle_removed()
    {
        var html = "<p onclick=\"steal()\" style=\"color:red\" class=\"x\">Xin chào <b onmouseover=\"x()\">bà con</b></p>";
        Assert.Equal("<p>Xin chào <b>bà con</b></p>", HtmlSanitizer.Sanitize(html, Base));
    }

    [Fact]
    public void Sanitize_unsafeUrls_dropped()
    {
        var html = "<a href=\"javascript:alert(1)\">A</a><a href=\"  JaVaScRiPt:alert(1)\">B</a><img src=\"data:image/png;base64,AAAA\"><a href=\"data:text/html,x\">C</a>";
        Assert.Equal("ABC", HtmlSanitizer.Sanitize(html, Base));
    }

    [Fact]
    public void Sanitize_relativeUrls_becomeAbsoluteWithRel()
    {
        var html = "<a href=\"../lien-he.html\" target=\"_blank\">Liên hệ</a><img src=\"/anh.jpg\" alt=\"Ảnh\" width=\"300\" height=\"abc\">";
        Assert.Equal(
            "<a href=\"https://xa.example.gov.vn/lien-he.html\" rel=\"noopener nofollow\">Liên hệ</a><img src=\"https://xa.example.gov.vn/anh.jpg\" alt=\"Ảnh\" width=\"300\">",
            HtmlSanitizer.Sanitize(html, Base));
    }

    [Fact]
    public void Sanitize_iframes_keepsOnlyYoutube()
    {
        var html = "<iframe src=\"https://www.youtube-nocookie.com/embed/x1\" onload=\"x()\"></iframe><iframe src=\"https://ads.example.com/\">ad</iframe>";
        Assert.Equal("<iframe src=\"https://www.youtube-nocookie.com/embed/x1\"></iframe>", HtmlSanitizer.Sanitize(html, Base));
    }

    [Fact]
    public void Sanitize_unknownElements_unwrappedAndTablesKept()
    {
        var html = "<div><span>Kế hoạch</span></div><table><tr><td colspan=\"2\" bgcolor=\"red\">Ô</td></tr></table><h1>Tiêu đề</h1>";
        Assert.Equal("Kế hoạch\n<table><tr><td colspan=\"2\">Ô</td></tr></table>Tiêu đề", HtmlSanitizer.Sanitize(html, Base));
    }

    [Fact]
    public void Sanitize_entitiesAndText_areReEscapedSafely()
    {
        var html = "Tom &amp; Jerry &lt;script&gt; &eacute;&nbsp;x";
        Assert.Equal("Tom &amp; Jerry &lt;script&gt; é\u00A0x", HtmlSanitizer.Sanitize(html, Base));
    }

    [Fact]
    public void ToPlainText_longHtml_cutsOnWordBoundaryWithEllipsis()
    {
        var html = "<p>Chuyển&nbsp;đổi   số</p><p>là nhiệm vụ trọng tâm của xã</p>";
        Assert.Equal("Chuyển đổi số là nhiệm…", HtmlSanitizer.ToPlainText(html, 25));
    }

    [Fact]
    public void ToPlainText_shortHtml_returnsDecodedTextWithoutScripts()
    {
        var html = "<p>Tin &quot;nóng&quot;</p><script>var a = 1;</script><br>Hết";
        Assert.Equal("Tin \"nóng\" Hết", HtmlSanitizer.ToPlainText(html, 100));
    }
}

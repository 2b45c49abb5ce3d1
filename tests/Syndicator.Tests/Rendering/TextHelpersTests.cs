using Syndicator.Worker.Rendering.Text;

namespace Syndicator.Tests.Rendering;

public sealed class TextHelpersTests
{
    [Fact]
    public void Cut_fittingText_isUnchanged() => Assert.Equal("một hai", TextCutter.Cut("một hai", 7));

    [Fact]
    public void Cut_longText_endsOnWordWithEllipsisWithinLimit() =>
        Assert.Equal("một hai…", TextCutter.Cut("một hai ba", 9));

    [Fact]
    public void Cut_singleLongWord_isHardCut() =>
        Assert.Equal("abcd…", TextCutter.Cut("abcdefghij", 5));

    [Fact]
    public void Cut_trailingPunctuationBeforeEllipsis_isDropped() =>
        Assert.Equal("một, hai…", TextCutter.Cut("một, hai, ba bốn", 11));

    [Fact]
    public void Escape_htmlCharacters_areEncoded() =>
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;Tôi &amp; bạn&#39;&lt;/a&gt;", HtmlText.Escape("<a href=\"x\">Tôi & bạn'</a>"));

    [Fact]
    public void ToPlainText_html_dropsScriptsDecodesEntitiesKeepsParagraphs() =>
        Assert.Equal("Một & hai\n\nBa", HtmlText.ToPlainText("<p>Một &amp; <b>hai</b></p><style>p{}</style><script>x()</script><p>Ba</p>"));

    [Fact]
    public void ToPlainText_plainTextWithLessThan_isKept() =>
        Assert.Equal("5 < 7", HtmlText.ToPlainText("5 < 7"));

    [Theory]
    [InlineData("https://a.vn/x", "https://a.vn/x")]
    [InlineData(" http://a.vn ", "http://a.vn/")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("ftp://a.vn/x", null)]
    [InlineData("//a.vn/x", null)]
    [InlineData("", null)]
    public void HttpOrNull_url_acceptsOnlyAbsoluteHttp(string url, string? expected) =>
        Assert.Equal(expected, SafeUrl.HttpOrNull(url));

    [Fact]
    public void Fold_vietnamese_removesDiacriticsIncludingD() =>
        Assert.Equal("Dong bao Dak Lak duoc ho tro", VietnameseAscii.Fold("Đồng bào Đắk Lắk được hỗ trợ"));
}

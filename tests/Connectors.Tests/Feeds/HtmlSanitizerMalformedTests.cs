using Syndicator.Connectors.Feeds;

namespace Syndicator.Connectors.Tests.Feeds;

/// <summary>Hostile and malformed HTML through the streaming sanitiser: exact sanitised HTML and plain text.</summary>
public sealed class HtmlSanitizerMalformedTests
{
    private static readonly Uri Base = new("https://xa.example.gov.vn/tin-tuc/bai.html");

    [Theory]
    [InlineData("<p>a<p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<ul><li>x<li>y</ul>", "<ul><li>x</li><li>y</li></ul>")]
    [InlineData("<b><i>x</b>y</i>", "<b><i>x</i></b>y")]
    [InlineData("</p>stray<p>ok", "stray<p>ok</p>")]
    [InlineData("a < b and c<d", "a &lt; b and c")]
    [InlineData("<a href=/x/y title=t>u</a>", "<a href=\"https://xa.example.gov.vn/x/y\" title=\"t\" rel=\"noopener nofollow\">u</a>")]
    [InlineData("<a href=\"x\">1<a href=\"y\">2</a></a>", "<a href=\"https://xa.example.gov.vn/tin-tuc/x\" rel=\"noopener nofollow\">1</a><a href=\"https://xa.example.gov.vn/tin-tuc/y\" rel=\"noopener nofollow\">2</a>")]
    [InlineData("<!-- c -->t<!--unterminated <script>", "t")]
    [InlineData("<![CDATA[<b>x</b>]]>y", "y")]
    [InlineData("<div/>a<br/>b", "a<br>b")]
    [InlineData("<p>x</p><p class=\"x", "<p>x</p>")]
    [InlineData("<table><tr><td>1<td>2<tr><td>3</table>", "<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>")]
    [InlineData("<SCRIPT>if (a<b) {}</script >ok<STYLE>p{}</STYLE>", "ok")]
    [InlineData("<script>never closed <p>x</p>", "")]
    [InlineData("<p>x&amp;y &#x41; &#65; &bogus; &lt;i&gt;</p>", "<p>x&amp;y A A &amp;bogus; &lt;i&gt;</p>")]
    [InlineData("<object><p>o</p></object>after", "after")]
    [InlineData("<img src=\"data:x\" data-src=\"/real.jpg\">", "<img src=\"https://xa.example.gov.vn/real.jpg\">")]
    [InlineData("<a href=\"#top\">t</a><a href=\"mailto:a@b.vn\">m</a>", "t<a href=\"mailto:a@b.vn\" rel=\"noopener nofollow\">m</a>")]
    [InlineData("<p title=\"a\" onclick='x()' STYLE=x>t</P>", "<p>t</p>")]
    [InlineData("<img src=\"/a.jpg\" alt='say \"hi\" & go'>", "<img src=\"https://xa.example.gov.vn/a.jpg\" alt=\"say &quot;hi&quot; &amp; go\">")]
    public void Sanitize_malformedHtml_exactOutput(string html, string expected) =>
        Assert.Equal(expected, HtmlSanitizer.Sanitize(html, Base));

    [Theory]
    [InlineData("<p>a<p>b", "a b")]
    [InlineData("x<br>y<span>z</span>", "x yz")]
    [InlineData("<iframe src=\"https://youtube.com/embed/a\">in</iframe>t", "t")]
    [InlineData("<h5>h</h5><hr><dl><dt>a<dd>b</dl>", "h a b")]
    [InlineData("a<!-- <p>x</p> -->b", "ab")]
    [InlineData("Tom &amp; Jerry&nbsp;&lt;3", "Tom & Jerry <3")]
    public void ToPlainText_malformedHtml_exactOutput(string html, string expected) =>
        Assert.Equal(expected, HtmlSanitizer.ToPlainText(html, 1000));

    [Fact]
    public void Sanitize_deepNesting_dropsBeyondTheDepthLimitAndClosesEverything()
    {
        var html = string.Concat(Enumerable.Repeat("<b>", 100)) + "deep" + string.Concat(Enumerable.Repeat("</b>", 100)) + "after";
        var expected = string.Concat(Enumerable.Repeat("<b>", 65)) + string.Concat(Enumerable.Repeat("</b>", 65)) + "after";
        Assert.Equal(expected, HtmlSanitizer.Sanitize(html, Base));
    }

    [Fact]
    public void Sanitize_unclosedTagsAtTheEnd_areClosed()
    {
        Assert.Equal("<blockquote><p><em>x</em></p></blockquote>", HtmlSanitizer.Sanitize("<blockquote><p><em>x", Base));
    }

    [Fact]
    public void Sanitize_hugeUnclosedNesting_staysLinearAndDropsContent()
    {
        var html = string.Concat(Enumerable.Repeat("<span>", 50_000)) + "x" + string.Concat(Enumerable.Repeat("</i>", 50_000));
        Assert.Equal(string.Empty, HtmlSanitizer.Sanitize(html, Base));
    }
}

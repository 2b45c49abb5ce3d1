using Syndicator.Connectors.Feeds;

namespace Syndicator.Connectors.Tests.Feeds;

public sealed class UrlNormalizerTests
{
    private static readonly Uri Base = new("https://xa.example.gov.vn/tin-tuc/index.html");

    [Theory]
    [InlineData("HTTPS://Xa.Example.GOV.vn/a.html?utm_source=fb&id=5&fbclid=x&UTM_Medium=y&p=2#top", "https://xa.example.gov.vn/a.html?id=5&p=2")]
    [InlineData("https://xa.example.gov.vn/a?gclid=1&zarsrc=30&gidzl=abc", "https://xa.example.gov.vn/a")]
    [InlineData("https://xa.example.gov.vn:443/a?b=2&a=1", "https://xa.example.gov.vn/a?b=2&a=1")]
    [InlineData("http://xa.example.gov.vn:8080/a", "http://xa.example.gov.vn:8080/a")]
    [InlineData("/bai-viet/1.html?utm_campaign=nq57", "https://xa.example.gov.vn/bai-viet/1.html")]
    [InlineData("chi-tiet.html", "https://xa.example.gov.vn/tin-tuc/chi-tiet.html")]
    [InlineData("//cdn.example.vn/anh.jpg", "https://cdn.example.vn/anh.jpg")]
    [InlineData("  https://xa.example.gov.vn/x  ", "https://xa.example.gov.vn/x")]
    public void Canonicalize_variants_returnsCanonicalForm(string input, string expected)
    {
        Assert.Equal(expected, UrlNormalizer.Canonicalize(input, Base));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:a@example.vn")]
    [InlineData("")]
    public void Canonicalize_nonHttp_returnsNull(string input)
    {
        Assert.Null(UrlNormalizer.Canonicalize(input, Base));
    }

    [Fact]
    public void Canonicalize_relativeWithoutBase_returnsNull()
    {
        Assert.Null(UrlNormalizer.Canonicalize("/a.html", null));
    }

    [Fact]
    public void Canonicalize_vietnamesePath_isPercentEncodedConsistently()
    {
        var composed = UrlNormalizer.Canonicalize("https://xa.example.gov.vn/tìm-kiếm", null);
        Assert.Equal("https://xa.example.gov.vn/t%C3%ACm-ki%E1%BA%BFm", composed);
    }
}

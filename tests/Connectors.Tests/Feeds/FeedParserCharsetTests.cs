using System.Text;
using Syndicator.Connectors.Feeds;
using static Syndicator.Connectors.Tests.Feeds.FeedFixtures;

namespace Syndicator.Connectors.Tests.Feeds;

public sealed class FeedParserCharsetTests
{
    private const string Title = "Chuyển đổi số ở xã Đông Hòa: người dân dùng VNeID";

    static FeedParserCharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Rss(string? encoding) =>
        (encoding is null ? string.Empty : $"<?xml version=\"1.0\" encoding=\"{encoding}\"?>")
        + $"<rss version=\"2.0\"><channel><item><title>{Title}</title><link>https://a.example.vn/1</link></item></channel></rss>";

    private static string TitleOf(byte[] bytes, string? contentType = null) =>
        Assert.Single(FeedParser.Parse(bytes, contentType, DocumentUri, Options).Entries).Title;

    [Fact]
    public void Parse_utf16LittleEndianWithBom_decodesVietnamese()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Rss("UTF-16"))).ToArray();
        Assert.Equal(Title, TitleOf(bytes));
    }

    [Fact]
    public void Parse_utf16BigEndianWithBom_decodesVietnamese()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Rss("UTF-16"))).ToArray();
        Assert.Equal(Title, TitleOf(bytes, "text/xml; charset=iso-8859-1"));
    }

    [Fact]
    public void Parse_utf8BomWithAnInvalidByte_staysUtf8AndWarns()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Rss("utf-8"))).ToArray();
        bytes[Array.IndexOf(bytes, (byte)'V')] = 0xC3; // "VNeID": a lead byte followed by 'N'
        var feed = FeedParser.Parse(bytes, null, DocumentUri, Options);
        Assert.Equal(Title.Replace("VNeID", "\uFFFDNeID", StringComparison.Ordinal), Assert.Single(feed.Entries).Title);
        Assert.Contains(feed.Warnings, w => w.Contains("byte order mark", StringComparison.Ordinal) && w.Contains("U+FFFD", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_utf8BomAndValidBytes_noWarning()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Rss("utf-8"))).ToArray();
        var feed = FeedParser.Parse(bytes, null, DocumentUri, Options);
        Assert.Equal(Title, Assert.Single(feed.Entries).Title);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void Parse_windows1258Declared_decodesToNfc()
    {
        var title = TitleOf(Windows1258.Encode(Rss("windows-1258")));
        Assert.Equal(Title, title);
        Assert.True(title.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Parse_windows1258FromContentTypeOnly_decodesToNfc()
    {
        Assert.Equal(Title, TitleOf(Windows1258.Encode(Rss(null)), "application/rss+xml; charset=windows-1258"));
    }

    [Fact]
    public void Parse_headerLatin1ButUtf8Declaration_utf8Wins()
    {
        Assert.Equal(Title, TitleOf(Encoding.UTF8.GetBytes(Rss("utf-8")), "text/xml; charset=ISO-8859-1"));
    }

    [Fact]
    public void Parse_headerLatin1ButValidUtf8WithoutDeclaration_utf8WinsWithWarning()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(Rss(null)), "text/xml; charset=ISO-8859-1", DocumentUri, Options);
        Assert.Equal(Title, feed.Entries[0].Title);
        Assert.Contains(feed.Warnings, w => w.Contains("valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_latin1Declared_decodesLatin1()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><title>Café à Paris</title></item></channel></rss>";
        Assert.Equal("Café à Paris", TitleOf(Encoding.Latin1.GetBytes(xml)));
    }
}

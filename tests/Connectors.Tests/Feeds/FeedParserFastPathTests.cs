using System.Text;
using Syndicator.Connectors.Feeds;
using static Syndicator.Connectors.Tests.Feeds.FeedFixtures;

namespace Syndicator.Connectors.Tests.Feeds;

/// <summary>The UTF-8 byte path and the summary text budget give what the general path gives.</summary>
public sealed class FeedParserFastPathTests
{
    private const string Title = "Chuyển đổi số ở xã Đông Hòa";

    private static string Rss(int items, string summary = "Tóm tắt") =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Kênh</title><link>https://a.example.vn/</link>"
        + string.Concat(Enumerable.Range(1, items).Select(i =>
            $"<item><title>{Title} {i}</title><link>https://a.example.vn/{i}</link><description><![CDATA[{summary}]]></description></item>"))
        + "</channel></rss>";

    [Fact]
    public void Bom_and_leading_white_space_before_the_declaration_are_read_as_utf8()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "\r\n \t"u8.ToArray(), .. Encoding.UTF8.GetBytes(Rss(2))];
        var feed = FeedParser.Parse(bytes, "text/xml", DocumentUri, Options);
        Assert.Equal([$"{Title} 1", $"{Title} 2"], feed.Entries.Select(e => e.Title));
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_the_general_path_with_its_warning()
    {
        var bytes = Encoding.UTF8.GetBytes(Rss(3));
        bytes[Array.LastIndexOf(bytes, (byte)'T')] = 0xFF; // inside the last item's summary
        var feed = FeedParser.Parse(bytes, null, DocumentUri, Options);
        Assert.Contains("The bytes are not valid UTF-8; decoded as windows-1252.", feed.Warnings);
        Assert.Equal(3, feed.Entries.Count);
        Assert.StartsWith("Chuyá»ƒn", feed.Entries[0].Title, StringComparison.Ordinal); // the whole document as windows-1252
    }

    [Fact]
    public void An_invalid_byte_beyond_the_entry_cap_still_makes_the_whole_document_not_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Rss(400));
        bytes[Array.LastIndexOf(bytes, (byte)'T')] = 0xFF; // far beyond the cap and the decoder's read-ahead
        var feed = FeedParser.Parse(bytes, null, DocumentUri, Options with { MaxEntries = 2 });
        Assert.Equal(2, feed.Entries.Count);
        Assert.Contains("The bytes are not valid UTF-8; decoded as windows-1252.", feed.Warnings);
    }

    [Fact]
    public void Broken_xml_is_still_repaired_by_the_general_path()
    {
        var xml = Rss(2).Replace("<title>Kênh</title>", "<title>Tin & Kênh</title>", StringComparison.Ordinal);
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, DocumentUri, Options);
        Assert.Equal("Tin & Kênh", feed.Title);
        Assert.Equal(2, feed.Entries.Count);
        Assert.Contains(feed.Warnings, w => w.Contains("repaired", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_long_summary_gives_the_same_text_as_the_whole_text_cut(bool decomposed)
    {
        var paragraph = "<p>Xã triển khai  chuyển đổi số,\n người dân dùng <b>VNeID</b> và thanh toán không dùng tiền mặt.</p>";
        var html = string.Concat(Enumerable.Repeat(paragraph, 200));
        if (decomposed) html = html.Normalize(NormalizationForm.FormD);
        var options = Options with { MaxSummaryChars = 300 };
        var entry = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(Rss(1, html)), null, DocumentUri, options).Entries);
        var whole = HtmlSanitizer.ToPlainText(html, int.MaxValue);
        Assert.Equal(HtmlSanitizer.Truncate(whole, 300), entry.SummaryText);
        Assert.EndsWith("…", entry.SummaryText, StringComparison.Ordinal);
        Assert.True(entry.SummaryText!.Length <= 300);
        Assert.True(entry.SummaryText.IsNormalized(NormalizationForm.FormC));
    }
}

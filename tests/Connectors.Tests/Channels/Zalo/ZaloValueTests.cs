using Syndicator.Connectors.Zalo;

namespace Syndicator.Connectors.Tests.Channels.Zalo;

public sealed class ZaloValueTests
{
    [Theory]
    [InlineData("Ngắn gọn", 20, "Ngắn gọn")]
    [InlineData("Một hai ba bốn năm sáu", 15, "Một hai ba…")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…")]
    public void Truncate_cuts_on_word_boundary_with_ellipsis(string text, int max, string expected)
    {
        Assert.Equal(expected, ZaloText.Truncate(text, max));
    }

    [Fact]
    public void Truncate_counts_nfc_characters()
    {
        var decomposed = "Hòa".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal("Hòa".Normalize(), ZaloText.Truncate(decomposed, 3));
    }

    [Theory]
    [InlineData(9, 0, null)]
    [InlineData(20, 59, null)]
    [InlineData(21, 30, 570)]
    [InlineData(5, 0, 120)]
    public void BroadcastWindow_reports_wait_until_opening(int hour, int minute, int? waitMinutes)
    {
        var window = ZaloBroadcastWindow.Parse(null, null);
        var now = new DateTimeOffset(2026, 5, 18, hour, minute, 0, TimeSpan.FromHours(7));

        Assert.Equal(waitMinutes is null ? null : TimeSpan.FromMinutes(waitMinutes.Value), window.UntilOpen(now));
    }

    [Fact]
    public void TokenSet_round_trips_json_and_never_prints_tokens()
    {
        var tokens = new ZaloTokenSet("access-abc", "refresh-def", new DateTimeOffset(2026, 5, 18, 1, 0, 0, TimeSpan.Zero), "secret-ghi");

        Assert.True(ZaloTokenSet.TryParse(tokens.ToJson(), out var parsed));
        Assert.Equal(tokens, parsed);
        Assert.Contains("\"accessToken\"", tokens.ToJson());
        Assert.DoesNotContain("access-abc", tokens.ToString());
        Assert.DoesNotContain("secret-ghi", tokens.ToString());
        Assert.False(ZaloTokenSet.TryParse("{\"accessToken\":\"x\"}", out _));
    }
}

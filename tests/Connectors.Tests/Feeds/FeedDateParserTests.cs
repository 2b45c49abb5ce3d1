using Syndicator.Connectors.Feeds;

namespace Syndicator.Connectors.Tests.Feeds;

public sealed class FeedDateParserTests
{
    [Theory]
    [InlineData("Mon, 05 May 2025 08:30:00 +0700", "2025-05-05T01:30:00Z")]
    [InlineData("Mon, 05 May 2025 08:30:00 +07", "2025-05-05T01:30:00Z")]
    [InlineData("Mon, 05 May 2025 08:30:00 +07:00", "2025-05-05T01:30:00Z")]
    [InlineData("Mon, 05 May 2025 08:30:00 GMT+7", "2025-05-05T01:30:00Z")]
    [InlineData("Mon, 05 May 2025 08:30:00 GMT+07:00", "2025-05-05T01:30:00Z")]
    [InlineData("Mon, 5 May 2025 08:30 +0700", "2025-05-05T01:30:00Z")]
    [InlineData("Monday, 5 May 25 08:30 +0700", "2025-05-05T01:30:00Z")]
    [InlineData("05 May 2025 01:30:00 GMT", "2025-05-05T01:30:00Z")]
    [InlineData("Mon, 05 May 2025 01:30:00 UTC", "2025-05-05T01:30:00Z")]
    [InlineData("Sun, 04 May 2025 21:30:00 EDT", "2025-05-05T01:30:00Z")]
    [InlineData("Sun, 04 May 2025 20:30:00 EST", "2025-05-05T01:30:00Z")]
    [InlineData("Mon, 05 May 2025 01:30:00 Z", "2025-05-05T01:30:00Z")]
    [InlineData("Thứ Hai, 05 May 2025 08:30:00 +0700", "2025-05-05T01:30:00Z")]
    [InlineData("Thứ 2, 05/05/2025 08:30", "2025-05-05T01:30:00Z")]
    [InlineData("Thứ hai, 05/05/2025 - 08:30 (GMT+7)", "2025-05-05T01:30:00Z")]
    [InlineData("CN, 04/05/2025 08:30", "2025-05-04T01:30:00Z")]
    [InlineData("Chủ nhật, 04/05/2025 08:30", "2025-05-04T01:30:00Z")]
    [InlineData("2025-05-05T08:30:00+07:00", "2025-05-05T01:30:00Z")]
    [InlineData("2025-05-05T01:30:00Z", "2025-05-05T01:30:00Z")]
    [InlineData("2025-05-05T01:30:00.250Z", "2025-05-05T01:30:00.25Z")]
    [InlineData("2025-05-05 08:30:00", "2025-05-05T01:30:00Z")]
    [InlineData("2025-05-05", "2025-05-04T17:00:00Z")]
    [InlineData("05/05/2025 08:30", "2025-05-05T01:30:00Z")]
    [InlineData("5/5/2025 8:30", "2025-05-05T01:30:00Z")]
    [InlineData("05/05/2025", "2025-05-04T17:00:00Z")]
    [InlineData("05-05-2025", "2025-05-04T17:00:00Z")]
    [InlineData("08:30 05/05/2025", "2025-05-05T01:30:00Z")]
    [InlineData("  Tue, 14 Nov 2017 17:42:01 +0700  ", "2017-11-14T10:42:01Z")]
    public void TryParse_knownForms_returnsUtc(string text, string expected)
    {
        Assert.True(FeedDateParser.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("không rõ")]
    [InlineData("31/02/2025")]
    [InlineData("2025-13-01")]
    [InlineData("Mon, 05 Foo 2025 08:30:00 +0700")]
    [InlineData("Mon, 05 May 2025 25:30:00 +0700")]
    public void TryParse_invalidText_returnsFalse(string text)
    {
        Assert.False(FeedDateParser.TryParse(text, out _));
    }
}

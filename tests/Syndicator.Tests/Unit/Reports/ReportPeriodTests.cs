using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Reports;

namespace Syndicator.Tests.Unit.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026-06-29T20:00:00Z", "2026-01-01", "2026-06-30")]
    [InlineData("2026-06-30T17:30:00Z", "2026-07-01", "2026-07-01")]
    [InlineData("2026-12-31T10:00:00Z", "2026-07-01", "2026-12-31")]
    public void CurrentHalfYear_inVietnamTime_runsFromHalfYearStartToToday(string now, string from, string to)
    {
        var (start, end) = ReportPeriod.CurrentHalfYear(new ManualClock(DateTimeOffset.Parse(now)));
        Assert.Equal(DateOnly.Parse(from), start);
        Assert.Equal(DateOnly.Parse(to), end);
    }

    [Fact]
    public void StartOf_day_isVietnamMidnightInUtc() =>
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero), ReportPeriod.StartOf(new DateOnly(2026, 1, 1)));

    [Fact]
    public void CampaignDays_inSecondHalf_areFirstAndTenthOfOctober() =>
        Assert.Equal([new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 10)],
            CampaignDays.In(new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31)).Select(d => d.Date));
}

using Syndicator.Worker.Composition;

namespace Syndicator.Tests.Unit.Composition;

public sealed class CadencePeriodsTests
{
    // 31/01/2026 08:00 in Vietnam.
    private static readonly DateTimeOffset EndOfJanuary = new(2026, 1, 31, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Next_monthlyFrom31January_fallsOn28FebruarySameLocalTime()
    {
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 1, 0, 0, TimeSpan.Zero), CadencePeriods.Next(EndOfJanuary, CadenceModes.Monthly));
    }

    [Fact]
    public void Next_dailyAcrossMonthEnd_isNextLocalDay()
    {
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 1, 0, 0, TimeSpan.Zero), CadencePeriods.Next(EndOfJanuary, CadenceModes.Daily));
    }

    [Fact]
    public void Next_weeklyLateEveningLocal_keepsLocalWallClock()
    {
        // 23:30 on 30/12/2026 in Vietnam is 16:30 UTC; a week later is 23:30 on 06/01/2027.
        var lateEvening = new DateTimeOffset(2026, 12, 30, 16, 30, 0, TimeSpan.Zero);
        var next = CadencePeriods.Next(lateEvening, CadenceModes.Weekly);
        Assert.Equal(new DateTimeOffset(2027, 1, 6, 16, 30, 0, TimeSpan.Zero), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Fact]
    public void NextAfter_missedPeriods_skipsToFirstFutureRun()
    {
        var now = EndOfJanuary.AddDays(3).AddHours(2);
        Assert.Equal(new DateTimeOffset(2026, 2, 4, 1, 0, 0, TimeSpan.Zero), CadencePeriods.NextAfter(EndOfJanuary, CadenceModes.Daily, now));
    }

    [Fact]
    public void Next_unknownPeriod_throws()
    {
        Assert.Throws<ArgumentException>(() => CadencePeriods.Next(EndOfJanuary, "yearly"));
    }
}

using Syndicator.Worker.Scheduling;

namespace Syndicator.Tests.Unit.Scheduling;

/// <summary>Next free slot on a fixed clock; all times are written in Vietnam local time (UTC+7).</summary>
public sealed class SlotFinderTests
{
    private static readonly ChannelSchedule DayWindow = Schedule(("windowStart", "07:00"), ("windowEnd", "21:00"));

    [Fact]
    public void Next_insideWindow_keepsTheTime()
    {
        Assert.Equal(Local(2026, 3, 10, 9, 30), SlotFinder.Next(Local(2026, 3, 10, 9, 30), DayWindow, []));
    }

    [Fact]
    public void Next_beforeWindowOpens_movesToOpeningSameDay()
    {
        Assert.Equal(Local(2026, 3, 10, 7, 0), SlotFinder.Next(Local(2026, 3, 10, 5, 15), DayWindow, []));
    }

    [Fact]
    public void Next_afterWindowCloses_movesToNextDayOpening()
    {
        Assert.Equal(Local(2026, 3, 11, 7, 0), SlotFinder.Next(Local(2026, 3, 10, 21, 0), DayWindow, []));
    }

    [Fact]
    public void Next_justAfterLocalMidnight_movesToThatDaysOpening()
    {
        // 00:30 local on 11/3 is still 10/3 in UTC: the local day decides.
        var from = Local(2026, 3, 11, 0, 30);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 17, 30, 0, TimeSpan.Zero), from.ToUniversalTime());
        Assert.Equal(Local(2026, 3, 11, 7, 0), SlotFinder.Next(from, DayWindow, []));
    }

    [Fact]
    public void Next_overnightWindowAcrossMidnight_acceptsTimesAfterMidnight()
    {
        var overnight = Schedule(("windowStart", "22:00"), ("windowEnd", "02:00"));
        Assert.Equal(Local(2026, 3, 11, 1, 0), SlotFinder.Next(Local(2026, 3, 11, 1, 0), overnight, []));
        Assert.Equal(Local(2026, 3, 11, 22, 0), SlotFinder.Next(Local(2026, 3, 11, 2, 0), overnight, []));
    }

    [Fact]
    public void Next_dailyCapReached_movesToNextDayAtWindowStart()
    {
        var capped = Schedule(("windowStart", "07:00"), ("windowEnd", "21:00"), ("dailyCap", "2"));
        var taken = new[] { Local(2026, 3, 10, 8, 0), Local(2026, 3, 10, 9, 0) };
        Assert.Equal(Local(2026, 3, 11, 7, 0), SlotFinder.Next(Local(2026, 3, 10, 10, 0), capped, taken));
    }

    [Fact]
    public void Next_dailyCapNotReached_keepsTheTime()
    {
        var capped = Schedule(("dailyCap", "2"));
        Assert.Equal(Local(2026, 3, 10, 10, 0), SlotFinder.Next(Local(2026, 3, 10, 10, 0), capped, [Local(2026, 3, 9, 23, 30)]));
    }

    [Fact]
    public void Next_tooCloseToAnotherDelivery_movesToAfterTheSpacing()
    {
        var spaced = Schedule(("minSpacingMinutes", "60"));
        var taken = new[] { Local(2026, 3, 10, 9, 0), Local(2026, 3, 10, 10, 0) };
        Assert.Equal(Local(2026, 3, 10, 11, 0), SlotFinder.Next(Local(2026, 3, 10, 9, 30), spaced, taken));
    }

    [Fact]
    public void Next_spacingPushesPastWindowEnd_movesToNextOpening()
    {
        var schedule = Schedule(("windowStart", "07:00"), ("windowEnd", "21:00"), ("minSpacingMinutes", "90"));
        Assert.Equal(Local(2026, 3, 11, 7, 0), SlotFinder.Next(Local(2026, 3, 10, 20, 0), schedule, [Local(2026, 3, 10, 19, 45)]));
    }

    [Fact]
    public void Next_editorTimeInsideWindow_wins()
    {
        var editor = Local(2026, 3, 12, 15, 45);
        Assert.Equal(editor, SlotFinder.Next(editor, DayWindow, [Local(2026, 3, 12, 8, 0)]));
    }

    [Fact]
    public void Next_editorTimeOutsideWindow_movesToNextAllowedSlot()
    {
        Assert.Equal(Local(2026, 3, 13, 7, 0), SlotFinder.Next(Local(2026, 3, 12, 22, 30), DayWindow, []));
    }

    [Fact]
    public void From_unreadableValues_meanNoLimit()
    {
        var schedule = Schedule(("windowStart", "7h"), ("windowEnd", "21:00"), ("dailyCap", "nhiều"), ("minSpacingMinutes", "-5"));
        Assert.Equal(ChannelSchedule.Unlimited, schedule);
    }

    internal static DateTimeOffset Local(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.FromHours(7));

    internal static ChannelSchedule Schedule(params (string Key, string Value)[] settings) =>
        ChannelSchedule.From(settings.ToDictionary(s => s.Key, s => s.Value));
}

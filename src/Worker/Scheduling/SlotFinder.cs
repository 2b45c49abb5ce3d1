namespace Syndicator.Worker.Scheduling;

/// <summary>
/// Pure "next free slot": the earliest instant at or after a candidate that is inside the window, on a local day
/// under the cap, and at least the spacing away from every other delivery of the account.
/// </summary>
public static class SlotFinder
{
    private const int MaxSteps = 10_000;

    /// <param name="from">The earliest acceptable instant (max of now and the editor's time).</param>
    /// <param name="schedule">The account's limits.</param>
    /// <param name="taken">When the account's other deliveries go (or went) out.</param>
    public static DateTimeOffset Next(DateTimeOffset from, ChannelSchedule schedule, IReadOnlyCollection<DateTimeOffset> taken)
    {
        var at = from;
        for (var step = 0; step < MaxSteps; step++)
        {
            var moved = Move(at, schedule, taken);
            if (moved == at) return at.ToUniversalTime();
            at = moved;
        }
        throw new InvalidOperationException($"No publishing slot found after {from:O} within {MaxSteps} steps.");
    }

    private static DateTimeOffset Move(DateTimeOffset at, ChannelSchedule schedule, IReadOnlyCollection<DateTimeOffset> taken)
    {
        at = schedule.Window.NextOpen(at);
        var day = VietnamClock.LocalDay(at);
        if (schedule.DailyCap is { } cap && taken.Count(t => VietnamClock.LocalDay(t) == day) >= cap)
            return schedule.Window.NextOpen(VietnamClock.ToInstant(day.AddDays(1), TimeOnly.MinValue));
        if (schedule.MinSpacing > TimeSpan.Zero)
        {
            var clash = taken.Where(t => (t - at).Duration() < schedule.MinSpacing).DefaultIfEmpty().Max();
            if (clash != default) return clash + schedule.MinSpacing;
        }
        return at;
    }
}

namespace Syndicator.Worker.Scheduling;

/// <summary>
/// The daily local-time window in which an account may publish. <c>Start == End</c> (or none) means all day; a start
/// after the end is an overnight window (e.g. 22:00–02:00). The end is exclusive.
/// </summary>
public sealed record PublishingWindow(TimeOnly Start, TimeOnly End)
{
    public static readonly PublishingWindow AllDay = new(TimeOnly.MinValue, TimeOnly.MinValue);

    public bool IsAllDay => Start == End;

    public bool Contains(TimeOnly time) =>
        IsAllDay || (Start < End ? time >= Start && time < End : time >= Start || time < End);

    public bool Contains(DateTimeOffset instant) => Contains(TimeOnly.FromDateTime(VietnamClock.ToLocal(instant)));

    /// <summary>The earliest instant at or after <paramref name="at"/> inside the window.</summary>
    public DateTimeOffset NextOpen(DateTimeOffset at)
    {
        if (Contains(at)) return at;
        var day = VietnamClock.LocalDay(at);
        var opening = VietnamClock.ToInstant(day, Start);
        return opening >= at ? opening : VietnamClock.ToInstant(day.AddDays(1), Start);
    }
}

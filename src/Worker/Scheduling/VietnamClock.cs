namespace Syndicator.Worker.Scheduling;

/// <summary>The commune's wall clock: Asia/Ho_Chi_Minh, or a fixed UTC+7 where the time-zone database is missing.</summary>
public static class VietnamClock
{
    public static readonly TimeZoneInfo Zone = Find();

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    public static DateTimeOffset ToInstant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("UTC+7", TimeSpan.FromHours(7), "UTC+7", "UTC+7"); }
        catch (InvalidTimeZoneException) { return TimeZoneInfo.CreateCustomTimeZone("UTC+7", TimeSpan.FromHours(7), "UTC+7", "UTC+7"); }
    }
}

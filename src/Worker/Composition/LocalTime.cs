namespace Syndicator.Worker.Composition;

/// <summary>Asia/Ho_Chi_Minh conversions for editor-facing dates (no daylight saving, UTC+7).</summary>
public static class LocalTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTime ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone).DateTime;

    public static DateOnly Today(DateTimeOffset utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>A local wall-clock time as a UTC instant (PostgreSQL stores only offset 0).</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => FromLocal(day.ToDateTime(new TimeOnly(hour, minute)));

    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("UTC+7", TimeSpan.FromHours(7), "UTC+7", "UTC+7"); }
        catch (InvalidTimeZoneException) { return TimeZoneInfo.CreateCustomTimeZone("UTC+7", TimeSpan.FromHours(7), "UTC+7", "UTC+7"); }
    }
}

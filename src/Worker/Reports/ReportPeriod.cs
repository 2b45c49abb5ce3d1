namespace Syndicator.Worker.Reports;

/// <summary>Report periods in Vietnam time: the current half-year by default, dates to UTC bounds.</summary>
public static class ReportPeriod
{
    public static readonly TimeZoneInfo Vietnam = FindVietnam();

    /// <summary>1/1–today or 1/7–today of the current half-year, in Vietnam time.</summary>
    public static (DateOnly From, DateOnly To) CurrentHalfYear(TimeProvider clock)
    {
        var today = Today(clock);
        var from = new DateOnly(today.Year, today.Month <= 6 ? 1 : 7, 1);
        return (from, today);
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Vietnam).DateTime);

    /// <summary>Midnight (Vietnam time) at the start of <paramref name="date"/>, as a UTC instant.</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Vietnam.GetUtcOffset(local)).ToUniversalTime();
    }

    private static TimeZoneInfo FindVietnam()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"); }
    }
}

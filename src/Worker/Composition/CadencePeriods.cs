namespace Syndicator.Worker.Composition;

/// <summary>Period arithmetic in local time (Asia/Ho_Chi_Minh): a monthly run on the 31st falls on the month's last day.</summary>
public static class CadencePeriods
{
    /// <summary>The run after <paramref name="current"/>, at the same local wall-clock time.</summary>
    public static DateTimeOffset Next(DateTimeOffset current, string period)
    {
        var local = LocalTime.ToLocal(current);
        var next = period switch
        {
            CadenceModes.Daily => local.AddDays(1),
            CadenceModes.Weekly => local.AddDays(7),
            CadenceModes.Monthly => local.AddMonths(1),
            _ => throw new ArgumentException($"Unknown cadence period '{period}'.", nameof(period)),
        };
        return LocalTime.FromLocal(next);
    }

    /// <summary>The first run strictly after <paramref name="now"/>, skipping periods missed while nothing ran.</summary>
    public static DateTimeOffset NextAfter(DateTimeOffset current, string period, DateTimeOffset now)
    {
        var next = Next(current, period);
        while (next <= now) next = Next(next, period);
        return next;
    }

    /// <summary>The start of the period that ends at <paramref name="runAt"/>.</summary>
    public static DateTimeOffset PeriodStart(DateTimeOffset runAt, string period)
    {
        var local = LocalTime.ToLocal(runAt);
        var start = period switch
        {
            CadenceModes.Daily => local.AddDays(-1),
            CadenceModes.Weekly => local.AddDays(-7),
            _ => local.AddMonths(-1),
        };
        return LocalTime.FromLocal(start);
    }
}

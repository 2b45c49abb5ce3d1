namespace Syndicator.Worker.Scheduling;

/// <summary>
/// Scheduling keys in <c>ChannelAccount.SettingsJson</c> (all optional, all strings). Times are Asia/Ho_Chi_Minh.
/// </summary>
public static class ChannelScheduleSettings
{
    /// <summary>Opening of the daily publishing window, <c>"HH:mm"</c>, e.g. <c>"07:00"</c>. Absent = all day.</summary>
    public const string WindowStart = "windowStart";

    /// <summary>Closing of the daily publishing window, <c>"HH:mm"</c>, e.g. <c>"21:00"</c>; may be before the start (overnight window).</summary>
    public const string WindowEnd = "windowEnd";

    /// <summary>Most deliveries per local day on the account (scheduled, in progress or published that day).</summary>
    public const string DailyCap = "dailyCap";

    /// <summary>Minimum gap in minutes between two deliveries on the account.</summary>
    public const string MinSpacingMinutes = "minSpacingMinutes";
}

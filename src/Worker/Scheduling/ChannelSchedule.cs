using System.Globalization;

namespace Syndicator.Worker.Scheduling;

/// <summary>An account's scheduling limits, parsed from its settings (see <see cref="ChannelScheduleSettings"/>).</summary>
public sealed record ChannelSchedule(PublishingWindow Window, int? DailyCap, TimeSpan MinSpacing)
{
    public static readonly ChannelSchedule Unlimited = new(PublishingWindow.AllDay, null, TimeSpan.Zero);

    /// <summary>Missing or unreadable values mean "no limit", so a typo never stops a channel.</summary>
    public static ChannelSchedule From(IReadOnlyDictionary<string, string> settings)
    {
        var window = Time(settings, ChannelScheduleSettings.WindowStart) is { } start && Time(settings, ChannelScheduleSettings.WindowEnd) is { } end
            ? new PublishingWindow(start, end)
            : PublishingWindow.AllDay;
        var cap = Number(settings, ChannelScheduleSettings.DailyCap) is { } c && c > 0 ? c : (int?)null;
        var spacing = Number(settings, ChannelScheduleSettings.MinSpacingMinutes) is { } m && m > 0 ? TimeSpan.FromMinutes(m) : TimeSpan.Zero;
        return new ChannelSchedule(window, cap, spacing);
    }

    private static TimeOnly? Time(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var text) && TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time : null;

    private static int? Number(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}

using System.Globalization;

namespace Syndicator.Connectors.Zalo;

/// <summary>Local daytime hours (e.g. 07:00–21:00 Asia/Ho_Chi_Minh) in which broadcasts to followers are sent.</summary>
public sealed record ZaloBroadcastWindow(TimeOnly Start, TimeOnly End, TimeZoneInfo Zone)
{
    /// <summary>Parses "HH:mm-HH:mm" and a time zone id; falls back to the defaults (and to UTC+7) when invalid.</summary>
    public static ZaloBroadcastWindow Parse(string? window, string? timeZone)
    {
        var parts = (window ?? ZaloSettings.DefaultBroadcastWindow).Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            (start, end) = (new TimeOnly(7, 0), new TimeOnly(21, 0));
        }

        return new ZaloBroadcastWindow(start, end, FindZone(timeZone ?? ZaloSettings.DefaultTimeZone));
    }

    /// <summary>Null when <paramref name="now"/> is inside the window, else the wait until it next opens.</summary>
    public TimeSpan? UntilOpen(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        if (time.IsBetween(Start, End))
        {
            return null;
        }

        var wait = Start.ToTimeSpan() - local.TimeOfDay;
        return wait > TimeSpan.Zero ? wait : wait + TimeSpan.FromDays(1);
    }

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("UTC+07", TimeSpan.FromHours(7), "UTC+07", "UTC+07");
        }
    }
}

using System.Globalization;

namespace Syndicator.Connectors.Feeds;

/// <summary>Reads the zone part of a date: Z, +0700, +07, +07:00, GMT+7, GMT+07:00, and named zones.</summary>
internal static class DateZoneParser
{
    private static readonly Dictionary<string, int> NamedZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Z"] = 0, ["GMT"] = 0, ["UTC"] = 0, ["UT"] = 0, ["WET"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["CET"] = 1, ["CEST"] = 2, ["BST"] = 1, ["ICT"] = 7, ["JST"] = 9, ["KST"] = 9, ["SGT"] = 8, ["HKT"] = 8,
    };

    public static TimeSpan? Parse(string zone)
    {
        var z = zone.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (NamedZoneHours.TryGetValue(z, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }

        foreach (var prefix in new[] { "GMT", "UTC", "UT" })
        {
            if (z.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                z = z[prefix.Length..];
                break;
            }
        }

        return ParseNumeric(z);
    }

    private static TimeSpan? ParseNumeric(string z)
    {
        if (z.Length < 2 || (z[0] != '+' && z[0] != '-'))
        {
            return null;
        }

        var sign = z[0] == '-' ? -1 : 1;
        var digits = z[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (!digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var (h, m) = digits.Length switch
        {
            1 or 2 => (int.Parse(digits, CultureInfo.InvariantCulture), 0),
            3 => (int.Parse(digits[..1], CultureInfo.InvariantCulture), int.Parse(digits[1..], CultureInfo.InvariantCulture)),
            4 => (int.Parse(digits[..2], CultureInfo.InvariantCulture), int.Parse(digits[2..], CultureInfo.InvariantCulture)),
            _ => (-1, -1),
        };
        return h is < 0 or > 14 || m is < 0 or > 59 ? null : sign * new TimeSpan(h, m, 0);
    }
}

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// The fast path for the two forms nearly every feed uses, read without cleaning or regular expressions:
/// RFC 822 "Fri, 21 Nov 2025 08:48:52 +0700" (or GMT) and RFC 3339 "2025-11-21T08:48:52+07:00" (or Z), no fraction.
/// Anything else, or a value that fails validation, goes to the general path, which reads these forms the same way.
/// </summary>
public static partial class FeedDateParser
{
    private static readonly string[] DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static bool TryStrict(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        return s.Length switch
        {
            25 or 20 when s[4] == '-' && s[10] == 'T' => TryStrictIso(s, out value),
            >= 28 when s[3] == ',' => TryStrictRfc822(s, out value),
            _ => false,
        };
    }

    // yyyy-MM-ddTHH:mm:ss then Z or ±hh:mm
    private static bool TryStrictIso(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        if (s[7] != '-' || s[13] != ':' || s[16] != ':'
            || !Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
        {
            return false;
        }

        TimeSpan offset;
        if (s.Length == 20)
        {
            if (s[19] != 'Z') return false;
            offset = TimeSpan.Zero;
        }
        else if (!Offset(s[19..], colon: true, out offset))
        {
            return false;
        }

        return BuildStrict(year, month, day, hour, minute, second, offset, out value);
    }

    // Ddd, d[d] Mmm yyyy HH:mm:ss then ±hhmm or GMT
    private static bool TryStrictRfc822(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        if (s[4] != ' ' || DayNames.AsSpan().IndexOf(s[..3].ToString()) < 0)
        {
            return false;
        }

        var rest = s[5..];
        var dayLength = rest.Length > 2 && rest[1] == ' ' ? 1 : 2;
        if (!Digits(rest, 0, dayLength, out var day))
        {
            return false;
        }

        rest = rest[dayLength..];
        // " Mmm yyyy HH:mm:ss " = 19 chars, then the zone
        if (rest.Length < 22 || rest[0] != ' ' || rest[4] != ' ' || rest[9] != ' ' || rest[12] != ':' || rest[15] != ':' || rest[18] != ' ')
        {
            return false;
        }

        var month = Array.IndexOf(MonthNames, rest[1..4].ToString()) + 1;
        if (month == 0 || !Digits(rest, 5, 4, out var year) || !Digits(rest, 10, 2, out var hour)
            || !Digits(rest, 13, 2, out var minute) || !Digits(rest, 16, 2, out var second))
        {
            return false;
        }

        var zone = rest[19..];
        TimeSpan offset;
        if (zone is "GMT")
        {
            offset = TimeSpan.Zero;
        }
        else if (!Offset(zone, colon: false, out offset))
        {
            return false;
        }

        return BuildStrict(year, month, day, hour, minute, second, offset, out value);
    }

    private static bool Offset(ReadOnlySpan<char> zone, bool colon, out TimeSpan offset)
    {
        offset = default;
        var length = colon ? 6 : 5;
        if (zone.Length != length || (zone[0] != '+' && zone[0] != '-') || (colon && zone[3] != ':')
            || !Digits(zone, 1, 2, out var hours) || !Digits(zone, colon ? 4 : 3, 2, out var minutes) || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool BuildStrict(int year, int month, int day, int hour, int minute, int second, TimeSpan offset, out DateTimeOffset value)
    {
        value = default;
        if (year is < 1900 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified), offset).ToUniversalTime();
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int number)
    {
        number = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = s[i] - '0';
            if ((uint)digit > 9) return false;
            number = (number * 10) + digit;
        }

        return true;
    }
}

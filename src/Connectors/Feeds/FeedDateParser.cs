using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Parses the date forms met in real feeds and Vietnamese pages: RFC 822 and its variants, RFC 3339 /
/// ISO 8601, dd/MM/yyyy [HH:mm[:ss]], dd-MM-yyyy, HH:mm dd/MM/yyyy. A value without a zone is
/// Vietnamese local time (UTC+7). Results are always UTC (offset zero).
/// </summary>
public static partial class FeedDateParser
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return TryStrict(text.AsSpan(), out value) || TryGeneral(text, out value);
    }

    /// <summary>Every supported form, through cleaning and regular expressions (the strict fast path aside).</summary>
    internal static bool TryGeneral(string text, out DateTimeOffset value)
    {
        var cleaned = Clean(text);
        return TryIso(cleaned, out value) || TryRfc822(cleaned, out value) || TryNumeric(cleaned, out value);
    }

    /// <summary>The strict fast path alone, for tests: true only for the two canonical forms.</summary>
    internal static bool TryStrictOnly(string text, out DateTimeOffset value) => TryStrict(text.AsSpan(), out value);

    private static string Clean(string text)
    {
        var s = TextNormalizer.CollapseWhitespace(TextNormalizer.Nfc(text));
        s = DayNamePrefix().Replace(s, string.Empty);
        s = s.Replace("(", " ").Replace(")", " ");
        return TextNormalizer.CollapseWhitespace(s);
    }

    private static bool TryIso(string s, out DateTimeOffset value)
    {
        value = default;
        var m = IsoPattern().Match(s);
        if (!m.Success)
        {
            return false;
        }

        var fraction = m.Groups["f"].Success ? double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
        return Build(Int(m, "y"), Int(m, "mo"), Int(m, "d"), Int(m, "h"), Int(m, "mi"), Int(m, "s"), fraction, m.Groups["z"].Value, out value);
    }

    private static bool TryRfc822(string s, out DateTimeOffset value)
    {
        value = default;
        var m = Rfc822Pattern().Match(s);
        if (!m.Success)
        {
            return false;
        }

        var month = MonthNumber(m.Groups["mon"].Value);
        var year = Int(m, "y");
        year = year < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year;
        return month > 0 && Build(year, month, Int(m, "d"), Int(m, "h"), Int(m, "mi"), Int(m, "s"), 0, m.Groups["z"].Value, out value);
    }

    private static bool TryNumeric(string s, out DateTimeOffset value)
    {
        value = default;
        var m = DayFirstPattern().Match(s);
        if (!m.Success)
        {
            m = TimeFirstPattern().Match(s);
        }

        return m.Success && Build(Int(m, "y"), Int(m, "mo"), Int(m, "d"), Int(m, "h"), Int(m, "mi"), Int(m, "s"), 0, m.Groups["z"].Value, out value);
    }

    private static bool Build(int year, int month, int day, int hour, int minute, int second, double fraction, string zone, out DateTimeOffset value)
    {
        value = default;
        var offset = zone.Length == 0 ? VietnamOffset : DateZoneParser.Parse(zone);
        if (offset is null || year is < 1900 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified).AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
        value = new DateTimeOffset(local, offset.Value).ToUniversalTime();
        return true;
    }

    private static int MonthNumber(string name)
    {
        var key = name.Length >= 3 ? name[..3].ToLowerInvariant() : string.Empty;
        return Array.IndexOf(Months, key) + 1;
    }

    private static int Int(Match m, string group) =>
        m.Groups[group].Success && m.Groups[group].Value.Length > 0 ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    private const string Zone = @"(?:\s*(?<z>Z|[+-]\d{1,2}(?::?\d{2})?|(?:GMT|UTC|UT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[A-Z]{3,4}))?";

    [GeneratedRegex(@"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])\s*[,\-]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayNamePrefix();

    [GeneratedRegex(@"^(?<y>\d{4})[-/](?<mo>\d{1,2})[-/](?<d>\d{1,2})(?:[T\s]+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,7})\d*)?)?)?" + Zone + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<d>\d{1,2})[\s\-]+(?<mon>[A-Za-z]{3,9})\.?,?[\s\-]+(?<y>\d{2,4})(?:,?\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?)?" + Zone + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822Pattern();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/.\-](?<mo>\d{1,2})[/.\-](?<y>\d{4})(?:\s*[\s,|\-]\s*(?<h>\d{1,2})[:h](?<mi>\d{2})(?::(?<s>\d{2}))?)?" + Zone + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstPattern();

    [GeneratedRegex(@"^(?<h>\d{1,2})[:h](?<mi>\d{2})(?::(?<s>\d{2}))?\s*[\s,|\-]\s*(?<d>\d{1,2})[/.\-](?<mo>\d{1,2})[/.\-](?<y>\d{4})" + Zone + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeFirstPattern();
}

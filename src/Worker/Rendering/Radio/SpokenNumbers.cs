using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndicator.Worker.Rendering.Radio;

/// <summary>Rewrites dates, times, percentages, units and numbers into Vietnamese words.</summary>
public static partial class SpokenNumbers
{
    private const string NumberToken = @"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?";

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["km"] = "ki-lô-mét", ["ha"] = "héc-ta", ["kg"] = "ki-lô-gam", ["m2"] = "mét vuông", ["m²"] = "mét vuông",
        ["đ"] = "đồng", ["tr"] = "triệu", ["GB"] = "gi-ga-bai",
    };

    public static string Expand(string text)
    {
        text = FullDate().Replace(text, m => Date(m, withYear: true) ?? m.Value);
        text = MonthYear().Replace(text, m => Valid(m, 1, 1, 12) ? $"tháng {Month(m, 1)} năm {Spell(m, 2)}" : m.Value);
        text = DayMonth().Replace(text, m => Date(m, withYear: false) ?? m.Value);
        text = Time().Replace(text, Clock);
        text = Percent().Replace(text, m => SpellToken(m.Groups[1].Value) + " phần trăm");
        text = Unit().Replace(text, m => m.Groups[1].Value + " " + Units[m.Groups[2].Value]);
        text = Range().Replace(text, " đến ");
        return Number().Replace(text, m => SpellToken(m.Value));
    }

    /// <summary>"1.500" → "một nghìn năm trăm", "3,5" → "ba phẩy năm", "4.0" → "bốn chấm không", "0912" → digit by digit.</summary>
    public static string SpellToken(string token)
    {
        if (ThousandsPattern().IsMatch(token))
        {
            token = token.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        var comma = token.IndexOf(',', StringComparison.Ordinal);
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        return comma >= 0 ? SpellInteger(token[..comma]) + " phẩy " + SpellFraction(token[(comma + 1)..])
            : dot >= 0 ? SpellInteger(token[..dot]) + " chấm " + SpellFraction(token[(dot + 1)..])
            : SpellInteger(token);
    }

    private static string SpellInteger(string digits) =>
        (digits.Length > 1 && digits[0] == '0') || digits.Length > 15
            ? VietnameseNumberSpeller.SpellDigits(digits)
            : VietnameseNumberSpeller.Spell(long.Parse(digits, CultureInfo.InvariantCulture));

    private static string SpellFraction(string digits) =>
        digits.Length > 3 || digits[0] == '0' ? VietnameseNumberSpeller.SpellDigits(digits) : SpellInteger(digits);

    private static string? Date(Match match, bool withYear)
    {
        if (!Valid(match, 1, 1, 31) || !Valid(match, 2, 1, 12))
        {
            return null;
        }

        var date = $"ngày {Spell(match, 1)} tháng {Month(match, 2)}";
        return withYear ? date + " năm " + Spell(match, 3) : date;
    }

    private static string Clock(Match match)
    {
        if (!Valid(match, 1, 0, 23) || (match.Groups[2].Success && !Valid(match, 2, 0, 59)))
        {
            return match.Value;
        }

        var minutes = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        var hour = Spell(match, 1) + " giờ";
        return minutes == 0 ? hour : $"{hour} {VietnameseNumberSpeller.Spell(minutes)} phút";
    }

    private static bool Valid(Match match, int group, int min, int max) =>
        int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        && value >= min && value <= max;

    private static string Spell(Match match, int group) =>
        VietnameseNumberSpeller.Spell(long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture));

    private static string Month(Match match, int group) =>
        VietnameseNumberSpeller.Month(int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?:\b[Nn]gày\s+)?(?<![\d/.-])(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?![\d/])")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?:\b[Tt]háng\s+)?(?<![\d/.])(\d{1,2})/(\d{4})(?![\d/])")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?:\b[Nn]gày\s+)?(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/])")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<![\d.,:])(\d{1,2})(?::(?=\d{2}(?!\d))|h|\s?giờ\s?)(?:(\d{2})(?:\s?phút)?)?(?![\d\p{L}])")]
    private static partial Regex Time();

    [GeneratedRegex(@"(" + NumberToken + @")\s?%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(\d)\s?(km|ha|kg|m2|m²|đ|tr|GB)(?![\p{L}\p{N}])")]
    private static partial Regex Unit();

    [GeneratedRegex(@"(?<=\d)\s*[–-]\s*(?=\d)")]
    private static partial Regex Range();

    [GeneratedRegex(NumberToken)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")]
    private static partial Regex ThousandsPattern();
}

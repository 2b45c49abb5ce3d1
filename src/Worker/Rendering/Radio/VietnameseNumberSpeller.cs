using System.Text;

namespace Syndicator.Worker.Rendering.Radio;

/// <summary>Spells numbers the way a Vietnamese announcer reads them.</summary>
public static class VietnameseNumberSpeller
{
    private const long Billion = 1_000_000_000;

    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    private static readonly string[] GroupNames = ["triệu", "nghìn", string.Empty];

    /// <summary>Spells a non-negative integer: 21 → "hai mươi mốt", 1005 → "một nghìn không trăm linh năm".</summary>
    public static string Spell(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        if (number < Billion)
        {
            return number == 0 ? Digits[0] : SpellBelowBillion(number, full: false);
        }

        var rest = number % Billion;
        var head = Spell(number / Billion) + " tỷ";
        return rest == 0 ? head : head + " " + SpellBelowBillion(rest, full: true);
    }

    /// <summary>Reads each digit: "0912" → "không chín một hai".</summary>
    public static string SpellDigits(string digits) =>
        string.Join(' ', digits.Where(char.IsAsciiDigit).Select(d => Digits[d - '0']));

    /// <summary>Ordinal used before a noun: 1 → "thứ nhất", 4 → "thứ tư", 7 → "thứ bảy".</summary>
    public static string Ordinal(int number) => number switch
    {
        1 => "thứ nhất",
        4 => "thứ tư",
        _ => "thứ " + Spell(number),
    };

    /// <summary>Month name: 4 → "tư", otherwise the spelled number.</summary>
    public static string Month(int month) => month == 4 ? "tư" : Spell(month);

    private static string SpellBelowBillion(long number, bool full)
    {
        var groups = new[] { number / 1_000_000, number / 1000 % 1000, number % 1000 };
        var words = new StringBuilder();
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i] == 0)
            {
                continue;
            }

            words.Append(words.Length > 0 ? " " : string.Empty);
            words.Append(SpellGroup((int)groups[i], full || words.Length > 0));
            words.Append(GroupNames[i].Length > 0 ? " " + GroupNames[i] : string.Empty);
        }

        return words.ToString();
    }

    /// <summary>Spells 1–999. <paramref name="full"/> reads a leading zero hundred ("không trăm linh năm").</summary>
    private static string SpellGroup(int number, bool full)
    {
        int hundreds = number / 100, tens = number / 10 % 10, units = number % 10;
        var parts = new List<string>(4);
        if (hundreds > 0 || full)
        {
            parts.Add(Digits[hundreds] + " trăm");
        }

        if (tens == 0 && units > 0 && parts.Count > 0)
        {
            parts.Add("linh");
        }
        else if (tens == 1)
        {
            parts.Add("mười");
        }
        else if (tens > 1)
        {
            parts.Add(Digits[tens] + " mươi");
        }

        if (units > 0)
        {
            parts.Add(UnitWord(tens, units));
        }

        return string.Join(' ', parts);
    }

    private static string UnitWord(int tens, int units) => units switch
    {
        1 when tens > 1 => "mốt",
        5 when tens > 0 => "lăm",
        _ => Digits[units],
    };
}

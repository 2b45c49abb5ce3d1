using System.Buffers;
using System.Globalization;
using System.Text;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Single-pass fast path of <see cref="TextNormalizer.Fingerprint"/>: every char is folded through a lazily
/// filled table (its own NFD, marks dropped, lower-cased, đ→d). Used only when every kept char folds to
/// ASCII or to a non-letter that Unicode composition cannot touch, so the result equals the slow path.
/// </summary>
internal static class AccentFolding
{
    private const char Unknown = '\0';
    public const char Dropped = '\uFFFE';
    public const char NeedsSlowPath = '\uFFFF';
    public const char Separator = ' ';
    private const int StackLimit = 512;

    /// <summary>The fingerprint, or null when the text needs the full Unicode path.</summary>
    public static string? TryFingerprint(string text)
    {
        if (text.Length <= StackLimit)
        {
            Span<char> buffer = stackalloc char[StackLimit];
            var length = FoldInto(text, buffer);
            return length < 0 ? null : new string(buffer[..length]);
        }

        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = FoldInto(text, rented);
            return length < 0 ? null : new string(rented, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Writes the fingerprint into <paramref name="buffer"/> (as long as the text); returns its length, or -1.</summary>
    /// <remarks>
    /// Every char is written (a separator as a space) and the length advances unless it is a second space in a row, so
    /// the loop has no branch on letter versus separator, which Vietnamese text makes unpredictable. Its own method,
    /// outside any try block, so the loop's state stays in registers.
    /// </remarks>
    private static int FoldInto(string text, Span<char> buffer)
    {
        var words = WordTable;
        var length = 0;
        var afterSpace = 1; // no leading space
        foreach (var c in text)
        {
            var folded = words[c];
            if (folded == Unknown) folded = FoldChar(c);
            if (folded >= Dropped)
            {
                if (folded == NeedsSlowPath) return -1;
                continue; // a mark that belongs to the letter before it
            }

            var isSpace = folded == Separator ? 1 : 0;
            buffer[length] = folded;
            length += 1 - (isSpace & afterSpace);
            afterSpace = isSpace;
        }

        return length > 0 && buffer[length - 1] == Separator ? length - 1 : length;
    }

    /// <summary><see cref="FoldChar"/> of every char, filled as chars are met (<see cref="Unknown"/> until then).</summary>
    private static readonly char[] WordTable = new char[char.MaxValue + 1];

    /// <summary>
    /// One char as <see cref="TryFingerprint"/> treats it: its folded ASCII letter or digit, <see cref="Separator"/>,
    /// <see cref="Dropped"/> (a mark that belongs to the letter before it) or <see cref="NeedsSlowPath"/>.
    /// </summary>
    public static char FoldChar(char c)
    {
        var known = WordTable[c];
        if (known != Unknown)
        {
            return known;
        }

        var folded = c < 0x80 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : Compute(c);
        return WordTable[c] = folded is Dropped or NeedsSlowPath || char.IsAsciiLetterOrDigit(folded) ? folded : Separator;
    }

    /// <summary>What StripAccents makes of the char alone, reduced to one ASCII char, a separator or a verdict.</summary>
    private static char Compute(char c)
    {
        if (char.IsSurrogate(c) || c is Dropped or NeedsSlowPath)
        {
            return NeedsSlowPath;
        }

        var kept = new StringBuilder(4);
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                kept.Append(d is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(d));
            }
        }

        return kept.Length switch
        {
            0 => Dropped,
            1 when kept[0] < 0x80 && kept[0] != Unknown => kept[0],
            1 when IsInertSeparator(kept[0]) => Separator,
            _ => NeedsSlowPath,
        };
    }

    /// <summary>Punctuation, symbols and spaces that are already NFC and never take part in a composition.</summary>
    private static bool IsInertSeparator(char c) =>
        !char.IsLetterOrDigit(c) && c.ToString().IsNormalized(NormalizationForm.FormC)
        && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.OtherSymbol;
}

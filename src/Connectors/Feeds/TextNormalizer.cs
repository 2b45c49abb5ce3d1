using System.Buffers;
using System.Globalization;
using System.Text;

namespace Syndicator.Connectors.Feeds;

/// <summary>Unicode normalisation for Vietnamese text: NFC, accent folding and title fingerprints.</summary>
public static class TextNormalizer
{
    /// <summary>Returns the text in Unicode Normalization Form C (composed), as stored everywhere.</summary>
    public static string Nfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = CharScans.FirstNotSurelyNfc(text);
        if (first < 0)
        {
            return text;
        }

        // Decomposed Vietnamese (Latin letters and their marks) is composed in managed code; anything else goes to ICU.
        return LatinComposer.TryCompose(text, first) ?? (text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC));
    }

    /// <summary>
    /// A managed quick check: every char below U+0300 (no combining marks), in Latin Extended Additional
    /// (precomposed Vietnamese letters) or in the common punctuation range is NFC_Quick_Check=Yes with combining
    /// class 0, so a text made only of them is already NFC. False means "ask further", not "not normalised".
    /// </summary>
    internal static bool IsSurelyNfc(ReadOnlySpan<char> span) => CharScans.FirstNotSurelyNfc(span) < 0;

    /// <summary>
    /// Lower-cases the text and removes diacritics: decomposes (NFD), drops combining marks and maps
    /// đ/Đ to d explicitly (đ is a letter of its own, not d plus a mark, so NFD leaves it alone).
    /// </summary>
    public static string StripAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A key for near-duplicate titles: accents stripped, lower case, punctuation and symbols
    /// removed, whitespace collapsed to single spaces.
    /// </summary>
    public static string Fingerprint(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return AccentFolding.TryFingerprint(title) ?? SlowFingerprint(title);
    }

    /// <summary>What <see cref="FoldChar"/> returns for a mark that joins the letter before it.</summary>
    public const char FoldedDropped = AccentFolding.Dropped;

    /// <summary>What <see cref="FoldChar"/> returns when the text needs <see cref="Fingerprint"/>'s full Unicode path.</summary>
    public const char FoldedNeedsFullPath = AccentFolding.NeedsSlowPath;

    /// <summary>
    /// One char as <see cref="Fingerprint"/> folds it when the text can be folded char by char: a lower-case ASCII
    /// letter or digit, a space (a word separator), <see cref="FoldedDropped"/> or <see cref="FoldedNeedsFullPath"/>.
    /// </summary>
    public static char FoldChar(char c) => AccentFolding.FoldChar(c);

    private static string SlowFingerprint(string title)
    {
        var folded = StripAccents(title);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Trims and collapses every run of white space (including NBSP) to one space.</summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsCollapsed(text))
        {
            return text;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            var pendingSpace = false;
            CollapseInto(text, buffer, ref length, ref pendingSpace);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Appends <paramref name="text"/> to <paramref name="into"/> at <paramref name="length"/> with every run of white
    /// space as one space and none leading; a trailing run is left in <paramref name="pendingSpace"/>, so text given in
    /// parts collapses as if given whole. <paramref name="into"/> must have room for the text and one space.
    /// </summary>
    internal static void CollapseInto(ReadOnlySpan<char> text, char[] into, ref int length, ref bool pendingSpace)
    {
        if (text.IsEmpty)
        {
            return;
        }

        // Every char is written, white space as a space, and the length advances unless it is a second space in a row:
        // no branch on letter versus space, which Vietnamese text makes unpredictable. A pending space from an earlier
        // part is written first; a space left at the end is taken back and stays pending.
        var entry = length;
        var end = length;
        if (pendingSpace && end > 0) into[end++] = ' ';
        var afterSpace = pendingSpace || end == 0 ? 1 : 0;
        var spaces = SpaceFlags;
        foreach (var c in text)
        {
            int isSpace = spaces[c];
            into[end] = isSpace != 0 ? ' ' : c;
            end += 1 - (isSpace & afterSpace);
            afterSpace = isSpace;
        }

        pendingSpace = spaces[text[^1]] != 0;
        if (pendingSpace && end > entry && into[end - 1] == ' ') end--;
        length = end;
    }

    /// <summary>1 for every char <see cref="IsSpace"/> accepts.</summary>
    private static readonly byte[] SpaceFlags = BuildSpaceFlags();

    private static byte[] BuildSpaceFlags()
    {
        var flags = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) flags[c] = IsSpace((char)c) ? (byte)1 : (byte)0;
        return flags;
    }

    /// <summary>White space or a control char: what <see cref="CollapseWhitespace"/> turns into one space.</summary>
    /// <remarks>
    /// The same chars as <c>char.IsWhiteSpace(c) || char.IsControl(c)</c> (a test checks every char), without a Unicode
    /// table lookup: Vietnamese letters (U+1EA0–U+1EF9) must not pay for one on every char.
    /// </remarks>
    internal static bool IsSpace(char c) => c < 0x80
        ? c <= ' ' || c == '\u007F'
        : c <= '\u00A0' || (c >= '\u1680' && (c == '\u1680' || (c >= '\u2000' && (c <= '\u200A' || c is '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000'))));

    /// <summary>True when collapsing would not change the text: only single inner ASCII spaces.</summary>
    internal static bool IsCollapsed(ReadOnlySpan<char> text) =>
        text.Length == 0 || (text[0] != ' ' && text[^1] != ' ' && !CharScans.HasLooseSpace(text));
}

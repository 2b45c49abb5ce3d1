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
        return IsSurelyNfc(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A managed quick check: every char below U+0300 (no combining marks), in Latin Extended Additional
    /// (precomposed Vietnamese letters) or in the common punctuation range is NFC_Quick_Check=Yes with combining
    /// class 0, so a text made only of them is already NFC. False means "ask ICU", not "not normalised".
    /// </summary>
    private static bool IsSurelyNfc(string text)
    {
        var span = text.AsSpan();
        while (true)
        {
            var other = span.IndexOfAnyExceptInRange('\0', '\u02FF');
            if (other < 0)
            {
                return true;
            }

            var c = span[other];
            if (c is not ((>= '\u1E00' and <= '\u1EFF') or (>= '\u2010' and <= '\u2027') or '\u20AB'))
            {
                return false;
            }

            span = span[(other + 1)..];
        }
    }

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
            foreach (var c in text)
            {
                if (IsSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                buffer[length++] = c;
                pendingSpace = false;
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool IsSpace(char c) => c < 0x80 ? c <= ' ' || c == '\u007F' : char.IsWhiteSpace(c) || char.IsControl(c);

    /// <summary>True when collapsing would not change the text: only single inner ASCII spaces.</summary>
    private static bool IsCollapsed(string text)
    {
        var previousSpace = true;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
            }
            else if (IsSpace(c))
            {
                return false;
            }
            else
            {
                previousSpace = false;
            }
        }

        return !previousSpace || text.Length == 0;
    }
}

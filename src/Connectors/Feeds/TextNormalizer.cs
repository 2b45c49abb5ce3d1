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
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Lower-cases the text and removes diacritics: decomposes (NFD), drops combining marks and maps
    /// đ/Đ to d explicitly (đ is a letter of its own, not d plus a mark, so NFD leaves it alone).
    /// </summary>
    public static string StripAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(c);
            pendingSpace = false;
        }

        return builder.ToString();
    }
}

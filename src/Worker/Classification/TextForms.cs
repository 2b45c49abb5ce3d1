using System.Text;
using Syndicator.Connectors.Feeds;

namespace Syndicator.Worker.Classification;

/// <summary>
/// The normalised forms rules match against. Word forms are padded with one space on each side and hold only
/// letters and digits separated by single spaces, so " word " finds whole words.
/// </summary>
public static class TextForms
{
    /// <summary>Accent-free, lower case words (đ→d): the title fingerprint.</summary>
    public static string FoldedWords(string text) => Pad(TextNormalizer.Fingerprint(text));

    /// <summary>NFC, lower case words with their accents kept.</summary>
    public static string CasedWords(string text)
    {
        var lower = TextNormalizer.Nfc(text).ToLowerInvariant();
        var builder = new StringBuilder(lower.Length + 2).Append(' ');
        var pendingSpace = false;
        foreach (var c in lower)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                if (pendingSpace && builder.Length > 1) builder.Append(' ');
                builder.Append(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.Append(' ').ToString();
    }

    /// <summary>Accent-free, lower case text with white space collapsed (punctuation kept), for phrases.</summary>
    public static string FoldedFlat(string text) => TextNormalizer.StripAccents(TextNormalizer.CollapseWhitespace(TextNormalizer.Nfc(text)));

    /// <summary>NFC, lower case text with white space collapsed, for phrases with accents.</summary>
    public static string CasedFlat(string text) => TextNormalizer.CollapseWhitespace(TextNormalizer.Nfc(text)).ToLowerInvariant();

    /// <summary>The text a regular expression sees: accent-free lower case, or NFC as stored.</summary>
    public static string ForRegex(string text, bool accentInsensitive) =>
        accentInsensitive ? TextNormalizer.StripAccents(TextNormalizer.Nfc(text)) : TextNormalizer.Nfc(text);

    private static string Pad(string words) => words.Length == 0 ? " " : $" {words} ";
}

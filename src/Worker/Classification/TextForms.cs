using System.Buffers;
using System.Globalization;
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
    /// <remarks>
    /// One pass with a pooled buffer. Lower-casing char by char equals <see cref="string.ToLowerInvariant()"/> here:
    /// the only difference is on surrogate pairs, and surrogates are separators either way.
    /// </remarks>
    public static string CasedWords(string text)
    {
        var nfc = TextNormalizer.Nfc(text);
        var buffer = ArrayPool<char>.Shared.Rent(nfc.Length + 2);
        try
        {
            buffer[0] = ' ';
            var length = 1;
            var pendingSpace = false;
            foreach (var raw in nfc)
            {
                var c = raw < 0x80 ? (char)(raw is >= 'A' and <= 'Z' ? raw | 0x20 : raw) : char.ToLowerInvariant(raw);
                if (IsWordChar(c))
                {
                    if (pendingSpace && length > 1) buffer[length++] = ' ';
                    buffer[length++] = c;
                    pendingSpace = false;
                }
                else
                {
                    pendingSpace = true;
                }
            }

            buffer[length++] = ' ';
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool IsWordChar(char c) => c < 0x80
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark;

    /// <summary>Accent-free, lower case text with white space collapsed (punctuation kept), for phrases.</summary>
    public static string FoldedFlat(string text) => TextNormalizer.StripAccents(TextNormalizer.CollapseWhitespace(TextNormalizer.Nfc(text)));

    /// <summary>NFC, lower case text with white space collapsed, for phrases with accents.</summary>
    public static string CasedFlat(string text) => TextNormalizer.CollapseWhitespace(TextNormalizer.Nfc(text)).ToLowerInvariant();

    /// <summary>The text a regular expression sees: accent-free lower case, or NFC as stored.</summary>
    public static string ForRegex(string text, bool accentInsensitive) =>
        accentInsensitive ? TextNormalizer.StripAccents(TextNormalizer.Nfc(text)) : TextNormalizer.Nfc(text);

    private static string Pad(string words) => words.Length == 0 ? " " : $" {words} ";
}

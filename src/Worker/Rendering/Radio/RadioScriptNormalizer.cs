using System.Text;
using Syndicator.Worker.Rendering.Text;

namespace Syndicator.Worker.Rendering.Radio;

/// <summary>
/// Turns article text into a loudspeaker read-aloud script: no HTML, links, e-mails or '#';
/// abbreviations expanded; numbers, dates, times and percentages spelled in Vietnamese;
/// cut to a word budget on a sentence boundary. Applying it twice gives the same result.
/// </summary>
public static class RadioScriptNormalizer
{
    public const int Unlimited = int.MaxValue;

    public static string Normalize(string text, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWords, 1);
        var plain = HtmlText.ToPlainText(text.Normalize(NormalizationForm.FormC));
        plain = SpokenLinks.Remove(plain);
        plain = SpokenAbbreviations.Expand(plain);
        plain = SpokenNumbers.Expand(plain);
        plain = SpokenSymbols.Clean(plain);
        plain = TextLayout.Tidy(SpacedPunctuation(TextLayout.Tidy(plain)));
        return WordCap.Cap(plain, maxWords);
    }

    /// <summary>Removes links only (for titles shown to the announcer).</summary>
    public static string RemoveLinks(string text) =>
        TextLayout.OneLine(SpokenLinks.Remove(HtmlText.ToPlainText(text)));

    private static string SpacedPunctuation(string text) =>
        text.Replace(" ,", ",", StringComparison.Ordinal)
            .Replace(" .", ".", StringComparison.Ordinal)
            .Replace(" :", ":", StringComparison.Ordinal);
}

using System.Text;

namespace Syndicator.Worker.Rendering.Radio;

/// <summary>Cuts a script to a word budget, on a sentence boundary when one fits.</summary>
public static class WordCap
{
    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Keeps whole sentences while they fit in <paramref name="maxWords"/>; cuts mid-sentence only when the first sentence is already too long.</summary>
    public static string Cap(string text, int maxWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWords, 1);
        if (CountWords(text) <= maxWords)
        {
            return text;
        }

        var kept = new StringBuilder();
        var used = 0;
        foreach (var sentence in Sentences(text))
        {
            var words = CountWords(sentence);
            if (used + words > maxWords)
            {
                break;
            }

            kept.Append(sentence);
            used += words;
        }

        return used > 0 ? kept.ToString().Trim() : HardCut(text, maxWords);
    }

    private static string HardCut(string text, int maxWords)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(maxWords);
        return string.Join(' ', words).TrimEnd(',', ';', ':', '-', '–') + ".";
    }

    /// <summary>Splits after . ! ? … (followed by whitespace) and at line breaks, keeping the separators.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '\n'
                      || (text[i] is '.' or '!' or '?' or '…' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (end)
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}

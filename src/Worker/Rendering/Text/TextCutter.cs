namespace Syndicator.Worker.Rendering.Text;

/// <summary>Shortens text to a character limit on a word boundary, ending with "…".</summary>
public static class TextCutter
{
    public const string Ellipsis = "…";

    /// <summary>Returns <paramref name="text"/> unchanged if it fits, else a prefix cut at a word boundary plus "…", at most <paramref name="maxChars"/> long.</summary>
    public static string Cut(string text, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        if (text.Length <= maxChars)
        {
            return text;
        }

        var limit = maxChars - Ellipsis.Length;
        var cut = text.LastIndexOfAny([' ', '\n', '\t'], Math.Max(limit, 0));
        var end = cut > limit / 2 ? cut : limit;
        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd(' ', '\n', '\t', ',', ';', ':', '-', '–', '.') + Ellipsis;
    }
}

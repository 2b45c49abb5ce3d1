using HtmlAgilityPack;

namespace Syndicator.Connectors.Feeds;

/// <summary>Allow-list HTML sanitising for feed summaries and content, and plain-text extraction.</summary>
public static class HtmlSanitizer
{
    /// <summary>
    /// Keeps only allow-listed elements and attributes, removes scripts, styles, embeds, forms and
    /// non-YouTube iframes with their content, drops event handlers, inline styles and unsafe URLs,
    /// makes href/src absolute against <paramref name="baseUri"/> and adds rel="noopener nofollow" to links.
    /// </summary>
    public static string Sanitize(string html, Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(baseUri);
        return SanitizeWithImage(html, baseUri).Html;
    }

    /// <summary>
    /// <see cref="Sanitize"/> and <see cref="ToPlainText"/> of the same source from one streaming pass, with the URL of
    /// the first image the sanitised HTML keeps.
    /// </summary>
    internal static (string Html, string Text, string? FirstImage) SanitizeWithText(string html, Uri baseUri, int maxChars)
    {
        if (IsPlain(html))
        {
            return (HtmlEscaping.Encode(html, false).Trim(), PlainToText(html, maxChars), null);
        }

        var (sanitized, text, capped, image) = HtmlStreamSanitizer.Run(html, baseUri, true, TextBudget(maxChars), maxChars);
        return (sanitized!.Trim(), CappedToText(html, text!, capped, maxChars), image);
    }

    /// <summary><see cref="Sanitize"/>, with the URL of the first image the sanitised HTML keeps.</summary>
    internal static (string Html, string? FirstImage) SanitizeWithImage(string html, Uri baseUri)
    {
        if (IsPlain(html))
        {
            return (HtmlEscaping.Encode(html, false).Trim(), null);
        }

        var output = HtmlStreamSanitizer.Run(html, baseUri, false);
        return (output.Html!.Trim(), output.FirstImage);
    }

    /// <summary>Collapsed text to collect for <paramref name="maxChars"/> of output: the cut plus a margin.</summary>
    private static int TextBudget(int maxChars) => maxChars >= int.MaxValue - TextMargin ? int.MaxValue : maxChars + TextMargin;

    private const int TextMargin = 64;

    /// <summary>
    /// The summary text from the sanitiser's collapsed text. When the text was cut at its budget and NFC composed it
    /// down to near the cut (decomposed input), the source is read again whole, so the cut never depends on the budget.
    /// </summary>
    private static string CappedToText(string html, string text, bool capped, int maxChars)
    {
        if (text.Length <= maxChars && TextNormalizer.IsSurelyNfc(text))
        {
            return text; // already cut by the sanitiser (see CollapsedTextBuffer.ToText), or short and final
        }

        var nfc = TextNormalizer.Nfc(text);
        if (capped && nfc.Length <= maxChars + (TextMargin / 2))
        {
            nfc = TextNormalizer.Nfc(HtmlStreamSanitizer.Run(html, null, true).Text!);
        }

        return Truncate(nfc, maxChars);
    }

    /// <summary>True when the text has no markup and no entity: HTML parsing would return it unchanged.</summary>
    private static bool IsPlain(string html) => html.AsSpan().IndexOfAny('<', '&') < 0;

    private static string PlainToText(string text, int maxChars) =>
        Truncate(TextNormalizer.CollapseWhitespace(TextNormalizer.Nfc(text)), maxChars);

    /// <summary>
    /// Returns the visible text of <paramref name="html"/>: entities decoded, whitespace collapsed,
    /// cut on a word boundary with "…" when longer than <paramref name="maxChars"/>.
    /// </summary>
    public static string ToPlainText(string html, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        if (IsPlain(html))
        {
            return PlainToText(html, maxChars);
        }

        var (_, text, capped, _) = HtmlStreamSanitizer.Run(html, null, true, TextBudget(maxChars), maxChars);
        return CappedToText(html, text!, capped, maxChars);
    }

    /// <summary>A DOM of the page, for list-page scraping with XPath (sanitising no longer builds one).</summary>
    internal static HtmlDocument Load(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return document;
    }

    internal static string Truncate(string text, int maxChars) => text.Length <= maxChars ? text : Truncate(text.AsSpan(), maxChars);

    /// <summary>The text cut on a word boundary with "…" when longer than <paramref name="maxChars"/>; one allocation.</summary>
    internal static string Truncate(ReadOnlySpan<char> text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return new string(text);
        }

        var cut = text[..Math.Max(1, maxChars - 1)];
        var space = cut.LastIndexOf(' ');
        if (space > maxChars / 2)
        {
            cut = cut[..space];
        }

        return string.Concat(cut.TrimEnd(" ,;:-–."), "…");
    }
}

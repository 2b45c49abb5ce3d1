using System.Text.RegularExpressions;

namespace Syndicator.Connectors.Feeds;

/// <summary>Normalises a <see cref="RawEntry"/>: NFC text, absolute canonical URLs, UTC dates, sanitised HTML.</summary>
internal static partial class EntryFinisher
{
    private const int TitleFromSummaryChars = 120;

    public static FeedEntry Finish(RawEntry raw, ParseContext context)
    {
        var baseUri = raw.Base ?? context.LinkBase;
        var summary = NonEmpty(raw.SummaryHtml);
        var content = NonEmpty(raw.ContentHtml);
        // The plain-text summary comes from the summary, else the content: one HTML parse gives both forms.
        var maxSummary = context.Options.MaxSummaryChars;
        var (summaryHtml, summaryText, summaryImage) = summary is not null ? Both(summary, baseUri, maxSummary) : (null, null, null);
        string? contentHtml = null;
        string? contentImage = null;
        if (summary is null && content is not null)
        {
            (contentHtml, summaryText, contentImage) = Both(content, baseUri, maxSummary);
        }
        else if (content is not null)
        {
            (contentHtml, contentImage) = HtmlSanitizer.SanitizeWithImage(content, baseUri);
            contentHtml = NonEmpty(contentHtml);
        }

        var link = Url(raw.Link, baseUri);
        var enclosures = Enclosures(raw, baseUri);
        return new FeedEntry
        {
            Id = NonEmpty(raw.Id) is { } id ? TextNormalizer.CollapseWhitespace(id) : null,
            Title = Title(raw, summaryText, link),
            Link = link,
            PublishedUtc = Date(raw.Published, context) ?? Date(raw.Updated, context) ?? context.FallbackDate,
            UpdatedUtc = Date(raw.Updated, context),
            Author = Author(raw.Author),
            Categories = Categories(raw.Categories),
            SummaryHtml = summaryHtml,
            SummaryText = summaryText,
            ContentHtml = contentHtml,
            ImageUrl = Url(raw.ImageUrl, baseUri)
                ?? enclosures.FirstOrDefault(e => e.MediaType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)?.Url
                ?? FirstImage(summaryImage) ?? FirstImage(contentImage),
            Enclosures = enclosures,
        };
    }

    private static (string? Html, string? Text, string? FirstImage) Both(string source, Uri baseUri, int maxChars)
    {
        var (html, text, image) = HtmlSanitizer.SanitizeWithText(source, baseUri, maxChars);
        return (NonEmpty(html), NonEmpty(text), image);
    }

    private static string? NonEmpty(string? value)
    {
        var trimmed = value is null ? null : TextNormalizer.Nfc(value).Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static string? Url(string? value, Uri baseUri) =>
        value is null ? null : UrlNormalizer.Canonicalize(value, baseUri);

    private static string Title(RawEntry raw, string? summaryText, string? link)
    {
        var title = NonEmpty(raw.Title);
        if (title is not null)
        {
            title = raw.TitleIsHtml || title.Contains('<') || title.Contains('&')
                ? HtmlSanitizer.ToPlainText(title, int.MaxValue)
                : TextNormalizer.CollapseWhitespace(title);
        }

        return NonEmpty(title) ?? (summaryText is null ? null : HtmlSanitizer.Truncate(summaryText, TitleFromSummaryChars)) ?? link ?? "(untitled)";
    }

    private static DateTimeOffset? Date(string? value, ParseContext context)
    {
        if (NonEmpty(value) is not { } text)
        {
            return null;
        }

        if (FeedDateParser.TryParse(text, out var date))
        {
            return date;
        }

        context.Warn($"Unrecognised date '{Shorten(text)}'.");
        return null;
    }

    private static string? Author(string? value)
    {
        if (NonEmpty(value) is not { } author)
        {
            return null;
        }

        var match = author.Contains('@') ? EmailWithName().Match(author) : Match.Empty;
        return TextNormalizer.CollapseWhitespace(match.Success ? match.Groups[1].Value : author);
    }

    // Feeds carry a handful of categories: a list search beats hashing them.
    private static IReadOnlyList<string> Categories(List<string> raw)
    {
        if (raw.Count == 0) return [];
        var kept = new List<string>(raw.Count);
        foreach (var category in raw)
        {
            var clean = TextNormalizer.CollapseWhitespace(TextNormalizer.Nfc(category));
            if (clean.Length > 0 && !kept.Contains(clean, StringComparer.Ordinal)) kept.Add(clean);
        }

        return kept;
    }

    private static IReadOnlyList<FeedEnclosure> Enclosures(RawEntry raw, Uri baseUri)
    {
        if (raw.Enclosures.Count == 0) return [];
        var kept = new List<FeedEnclosure>(raw.Enclosures.Count);
        foreach (var (rawUrl, mediaType, rawLength) in raw.Enclosures)
        {
            if (Url(rawUrl, baseUri) is not { } url || kept.Exists(e => e.Url == url)) continue;
            var length = long.TryParse(rawLength, out var n) && n >= 0 ? n : (long?)null;
            kept.Add(new FeedEnclosure(url, NonEmpty(mediaType), length));
        }

        return kept;
    }

    /// <summary>The first image the sanitiser kept, normalised as the HTML it came from.</summary>
    private static string? FirstImage(string? source) => source is null ? null : TextNormalizer.Nfc(source);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"^\S+@\S+\s*\((.+)\)$")]
    private static partial Regex EmailWithName();
}

using Syndicator.Connectors.Feeds;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Classification;

namespace Syndicator.Worker.Ingestion;

/// <summary>Copies a parsed entry and a verdict onto a stored item, and builds the classifier's input from either.</summary>
public static class FeedItemMapper
{
    /// <summary>Longest category kept; stored categories are one a line.</summary>
    public const int MaxCategoryChars = 300;
    /// <summary>Most categories kept per item.</summary>
    public const int MaxCategories = 50;

    public static ClassificationInput Input(FeedEntry entry) =>
        new(entry.Title, entry.SummaryText, entry.ContentHtml, entry.Link, entry.Categories);

    /// <summary>A stored item as re-applied rules see it: title, summary, content, URL and its stored categories.</summary>
    public static ClassificationInput Input(FeedItem item) =>
        new(item.Title, item.SummaryText, item.ContentHtml, item.Url, SplitCategories(item.Categories));

    /// <summary>Categories as stored: one a line, each cut to <see cref="MaxCategoryChars"/>; null when there are none.</summary>
    public static string? JoinCategories(IEnumerable<string> categories)
    {
        var kept = categories
            .Select(c => c.ReplaceLineEndings(" ").Trim())
            .Where(c => c.Length > 0)
            .Select(c => c.Length > MaxCategoryChars ? c[..MaxCategoryChars] : c)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxCategories)
            .ToList();
        return kept.Count == 0 ? null : string.Join('\n', kept);
    }

    public static IReadOnlyList<string> SplitCategories(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static FeedItem New(Source source, string key, FeedEntry entry, DateTimeOffset now) => new()
    {
        SourceId = source.Id,
        CommuneId = source.CommuneId,
        DedupeKey = key,
        Title = entry.Title,
        PublishedAt = entry.PublishedUtc ?? now,
        FetchedAt = now,
    };

    /// <summary>The entry's text fields; true when the title or summary changed (an edit at the publisher).</summary>
    public static bool CopyText(FeedItem item, FeedEntry entry)
    {
        var edited = item.Title != entry.Title || item.SummaryText != entry.SummaryText;
        item.Url = entry.Link;
        item.Title = entry.Title;
        item.SummaryText = entry.SummaryText;
        item.ContentHtml = entry.ContentHtml ?? entry.SummaryHtml;
        item.ImageUrl = entry.ImageUrl;
        item.Author = entry.Author;
        item.Categories = JoinCategories(entry.Categories);
        item.Fingerprint = TextNormalizer.Fingerprint(entry.Title);
        return edited;
    }

    public static void Apply(FeedItem item, RelevanceVerdict verdict)
    {
        item.Relevant = verdict.Relevant;
        item.Score = verdict.Score;
        item.ThemeKey = verdict.ThemeKey;
        item.MatchReason = verdict.Reason;
    }
}

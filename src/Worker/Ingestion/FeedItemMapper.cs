using Syndicator.Connectors.Feeds;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Classification;

namespace Syndicator.Worker.Ingestion;

/// <summary>Copies a parsed entry and a verdict onto a stored item, and builds the classifier's input from either.</summary>
public static class FeedItemMapper
{
    public static ClassificationInput Input(FeedEntry entry) =>
        new(entry.Title, entry.SummaryText, entry.ContentHtml, entry.Link, entry.Categories);

    /// <summary>Stored items keep no categories, so re-applied rules see title, summary, content and URL.</summary>
    public static ClassificationInput Input(FeedItem item) =>
        new(item.Title, item.SummaryText, item.ContentHtml, item.Url, []);

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

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Syndicator.Connectors.Feeds;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Classification;
using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Ingestion;

/// <summary>
/// Adds the entries a source has not seen before (by dedupe key) and classifies them. On a source's first
/// successful fetch only the newest <see cref="IngestionOptions.BaselineKeep"/> entries are considered for the
/// column; older ones are remembered so they never flood the queue.
/// </summary>
public sealed class ItemStore(SyndicatorDbContext db, RelevanceClassifier classifier, IOptions<SyndicatorOptions> options)
{
    public async Task<int> StoreAsync(Source source, IReadOnlyList<FeedEntry> entries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keyed = entries
            .Select(e => (Key: DedupeKeys.For(e), Entry: e))
            .DistinctBy(k => k.Key)
            .ToList();
        var keys = keyed.Select(k => k.Key).ToList();
        var known = await db.FeedItems
            .Where(i => i.SourceId == source.Id && keys.Contains(i.DedupeKey))
            .Select(i => i.DedupeKey)
            .ToListAsync(cancellationToken);
        var fresh = keyed
            .Where(k => !known.Contains(k.Key))
            .OrderByDescending(k => k.Entry.PublishedUtc ?? now)
            .ToList();
        var baseline = source.LastSuccessAt is null;
        for (var i = 0; i < fresh.Count; i++)
        {
            var item = ToItem(source, fresh[i].Key, fresh[i].Entry, now);
            // Remembered but never composed: older than the baseline window of a new source.
            if (baseline && i >= options.Value.Ingestion.BaselineKeep) item.Composed = true;
            db.FeedItems.Add(item);
        }
        return fresh.Count;
    }

    private FeedItem ToItem(Source source, string key, FeedEntry entry, DateTimeOffset now)
    {
        var verdict = classifier.Classify(new ClassificationInput(entry.Title, entry.SummaryText, entry.ContentHtml, entry.Link, entry.Categories));
        return new FeedItem
        {
            SourceId = source.Id,
            CommuneId = source.CommuneId,
            DedupeKey = key,
            Url = entry.Link,
            Title = entry.Title,
            SummaryText = entry.SummaryText,
            ContentHtml = entry.ContentHtml ?? entry.SummaryHtml,
            ImageUrl = entry.ImageUrl,
            Author = entry.Author,
            PublishedAt = entry.PublishedUtc ?? now,
            FetchedAt = now,
            Fingerprint = TextNormalizer.Fingerprint(entry.Title),
            Relevant = verdict.Relevant,
            Score = verdict.Score,
            ThemeKey = verdict.ThemeKey,
            MatchReason = verdict.Reason,
        };
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Syndicator.Connectors.Feeds;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Classification;
using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Ingestion;

/// <summary>
/// Stores a fetch's entries by dedupe key and classifies them with the rules of the source and its commune.
/// A known entry whose title or summary was edited updates the stored item (re-classified; a composed post is left
/// alone); a tombstoned item is never brought back or updated. A new item that is the same story as another
/// source's item of the commune joins that item's cluster and is never composed again. On a source's first
/// successful fetch only the newest <see cref="IngestionOptions.BaselineKeep"/> entries are considered for the column.
/// </summary>
public sealed class ItemStore(SyndicatorDbContext db, RuleBook rules, IOptions<SyndicatorOptions> options)
{
    /// <summary>Known items whose title or summary changed in the last <see cref="StoreAsync"/> call.</summary>
    public int Updated { get; private set; }

    /// <returns>The number of new items.</returns>
    public async Task<int> StoreAsync(Source source, IReadOnlyList<FeedEntry> entries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var classifier = await rules.ForAsync(source.CommuneId, source.Id, cancellationToken);
        var keyed = entries
            .Select(e => (Key: DedupeKeys.For(e), Entry: e))
            .DistinctBy(k => k.Key)
            .ToList();
        var keys = keyed.Select(k => k.Key).ToList();
        var known = await db.FeedItems
            .Where(i => i.SourceId == source.Id && keys.Contains(i.DedupeKey))
            .ToDictionaryAsync(i => i.DedupeKey, cancellationToken);
        Updated = 0;
        foreach (var (key, entry) in keyed)
        {
            if (known.TryGetValue(key, out var item) && !item.Deleted && FeedItemMapper.CopyText(item, entry))
            {
                FeedItemMapper.Apply(item, classifier.Classify(FeedItemMapper.Input(entry)));
                Updated++;
            }
        }

        var fresh = keyed
            .Where(k => !known.ContainsKey(k.Key))
            .OrderByDescending(k => k.Entry.PublishedUtc ?? now)
            .Select(k => New(source, k.Key, k.Entry, now, classifier))
            .ToList();
        var baseline = source.LastSuccessAt is null;
        for (var i = 0; i < fresh.Count; i++)
        {
            // Remembered but never composed: older than the baseline window of a new source.
            if (baseline && i >= options.Value.Ingestion.BaselineKeep) fresh[i].Composed = true;
        }

        await CrossSourceDuplicates.LinkAsync(db, source, fresh, cancellationToken);
        db.FeedItems.AddRange(fresh);
        return fresh.Count;
    }

    private static FeedItem New(Source source, string key, FeedEntry entry, DateTimeOffset now, RelevanceClassifier classifier)
    {
        var item = FeedItemMapper.New(source, key, entry, now);
        FeedItemMapper.CopyText(item, entry);
        FeedItemMapper.Apply(item, classifier.Classify(FeedItemMapper.Input(entry)));
        return item;
    }
}

using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Ingestion;

/// <summary>
/// The same story on several feeds of one commune (provincial and national portals): a new item whose canonical
/// URL or title fingerprint equals an item of another source joins that item's cluster (<c>DuplicateOfId</c> = the
/// cluster root) and is marked composed, so the story is composed once while every source reference is kept.
/// </summary>
public static class CrossSourceDuplicates
{
    /// <summary>Shorter fingerprints ("tin tuc", "thong bao") are too common to call two items the same story.</summary>
    public const int MinFingerprintLength = 16;

    public static async Task LinkAsync(SyndicatorDbContext db, Source source, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken)
    {
        var urls = items.Select(i => i.Url).OfType<string>().Distinct().ToList();
        var prints = items.Select(i => i.Fingerprint).OfType<string>().Where(f => f.Length >= MinFingerprintLength).Distinct().ToList();
        if (urls.Count == 0 && prints.Count == 0) return;
        var candidates = await db.FeedItems.AsNoTracking()
            .Where(i => i.CommuneId == source.CommuneId && i.SourceId != source.Id
                && ((i.Url != null && urls.Contains(i.Url)) || (i.Fingerprint != null && prints.Contains(i.Fingerprint))))
            .Select(i => new { i.Id, i.Url, i.Fingerprint, i.DuplicateOfId, i.FetchedAt })
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0) return;
        foreach (var item in items)
        {
            var match = candidates
                .Where(c => (item.Url is not null && c.Url == item.Url)
                    || (item.Fingerprint is { Length: >= MinFingerprintLength } && c.Fingerprint == item.Fingerprint))
                .OrderBy(c => c.FetchedAt).ThenBy(c => c.Id)
                .FirstOrDefault();
            if (match is null) continue;
            item.DuplicateOfId = match.DuplicateOfId ?? match.Id;
            item.Composed = true;
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Composition;

/// <summary>
/// Story clusters as composition sees them: the representative (<c>DuplicateOfId</c> null) and the items of other
/// sources that joined it at ingestion. Every member is kept; a post is composed from the best one
/// (<see cref="ClusterRanking"/>), and the whole cluster then counts as used.
/// </summary>
public static class StoryClusters
{
    /// <summary>The member to compose from, per representative id; only relevant, not deleted members compete.</summary>
    public static async Task<IReadOnlyDictionary<Guid, ClusterMember>> BestMembersAsync(
        SyndicatorDbContext db, IReadOnlyCollection<Guid> representativeIds, CancellationToken cancellationToken)
    {
        if (representativeIds.Count == 0) return new Dictionary<Guid, ClusterMember>();
        var ids = representativeIds.Distinct().ToList();
        var wanted = ids.ToHashSet();
        var rows = await db.FeedItems.AsNoTracking()
            .Where(i => i.Relevant && !i.Deleted
                && (ids.Contains(i.Id) || (i.DuplicateOfId != null && ids.Contains(i.DuplicateOfId.Value))))
            .Join(db.Sources, i => i.SourceId, s => s.Id, (i, s) => new
            {
                i.Id, i.DuplicateOfId, i.SourceId, s.Priority, i.ContentHtml, i.SummaryText, i.ImageUrl, i.FetchedAt,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new ClusterMember(
                r.Id, r.DuplicateOfId ?? r.Id, r.SourceId, r.Priority,
                LeadRepetition.HasOwnContent(r.ContentHtml, r.SummaryText), !string.IsNullOrWhiteSpace(r.ImageUrl),
                r.SummaryText?.Length ?? 0, r.FetchedAt))
            .Where(m => wanted.Contains(m.ClusterId))
            .GroupBy(m => m.ClusterId)
            .ToDictionary(g => g.Key, ClusterRanking.Best);
    }

    /// <summary>
    /// Marks a cluster used: the representative only if nobody used it yet (false otherwise), then every member.
    /// Run it in the transaction that saves the post, so two composers never both post the same story.
    /// </summary>
    public static async Task<bool> ClaimAsync(SyndicatorDbContext db, Guid representativeId, CancellationToken cancellationToken)
    {
        var claimed = await db.FeedItems
            .Where(i => i.Id == representativeId && !i.Composed)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Composed, true), cancellationToken);
        if (claimed == 0) return false;
        await db.FeedItems
            .Where(i => i.DuplicateOfId == representativeId && !i.Composed)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Composed, true), cancellationToken);
        return true;
    }

    /// <summary>Loads every member of the clusters, tracked, and marks them composed; the caller saves.</summary>
    public static async Task<List<FeedItem>> UseAsync(SyndicatorDbContext db, IReadOnlyCollection<Guid> clusterIds, CancellationToken cancellationToken)
    {
        var members = await db.FeedItems
            .Where(i => clusterIds.Contains(i.Id) || (i.DuplicateOfId != null && clusterIds.Contains(i.DuplicateOfId.Value)))
            .ToListAsync(cancellationToken);
        foreach (var member in members) member.Composed = true;
        return members;
    }
}

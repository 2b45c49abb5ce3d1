using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Composition;

/// <summary>
/// Runs the due cadences of communes that have them: a single best story, a digest of the best N, or a tips post,
/// then moves the cadence to its next run. A story cluster takes part as its best member (<see cref="ClusterRanking"/>);
/// every member of a used cluster is marked composed so no channel gets the same story twice.
/// </summary>
public sealed class CadenceComposer(SyndicatorDbContext db, CadencePostBuilder builder, TimeProvider clock)
{
    private const int RecentPosts = 5;

    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.ThemeCadences.Where(c => c.Enabled && c.NextRunAt <= now).OrderBy(c => c.NextRunAt).Take(50).ToListAsync(cancellationToken);
        var created = 0;
        foreach (var cadence in due)
        {
            var made = await RunAsync(cadence, now, cancellationToken);
            cadence.NextRunAt = CadencePeriods.NextAfter(cadence.NextRunAt, cadence.Period, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (made) created++;
            }
            catch (DbUpdateException)
            {
                // Another worker ran this cadence (unique post keys): keep its result.
                db.ChangeTracker.Clear();
            }
        }
        return created;
    }

    private async Task<bool> RunAsync(ThemeCadence cadence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (cadence.Mode == CadenceModes.Tips) return await builder.TipAsync(cadence, cancellationToken) is not null;
        var periodStart = CadencePeriods.PeriodStart(cadence.NextRunAt, cadence.Period);
        var stories = await db.FeedItems
            .Where(i => i.CommuneId == cadence.CommuneId && i.ThemeKey == cadence.ThemeKey && i.Relevant && !i.Composed && !i.Deleted
                && i.DuplicateOfId == null && i.PublishedAt >= periodStart && !db.PostItems.Any(pi => pi.FeedItemId == i.Id))
            .Select(i => new CadenceCandidate(i.Id, i.SourceId, i.Score, i.PublishedAt))
            .ToListAsync(cancellationToken);
        if (stories.Count == 0) return false;
        // A story competes with its representative's score and date, as the member it would be composed from.
        var best = await StoryClusters.BestMembersAsync(db, stories.Select(s => s.ItemId).ToList(), cancellationToken);
        var clusterOf = new Dictionary<Guid, Guid>();
        var candidates = new List<CadenceCandidate>();
        foreach (var story in stories)
        {
            var candidate = best.TryGetValue(story.ItemId, out var m) ? story with { ItemId = m.ItemId, SourceId = m.SourceId } : story;
            clusterOf[candidate.ItemId] = story.ItemId;
            candidates.Add(candidate);
        }
        var recentSources = await RecentSourcesAsync(cadence, cancellationToken);
        var count = cadence.Mode == CadenceModes.Digest ? Math.Max(1, cadence.ItemCount) : 1;
        var picked = CadenceSelector.Pick(candidates, recentSources, count, periodStart, now);
        var members = await StoryClusters.UseAsync(db, picked.Select(p => clusterOf[p.ItemId]).ToList(), cancellationToken);
        var ordered = picked.Select(p => members.Single(i => i.Id == p.ItemId)).ToList();
        if (cadence.Mode == CadenceModes.Digest) await builder.DigestAsync(cadence, ordered, periodStart, cancellationToken);
        else await builder.SingleAsync(cadence, ordered[0], cancellationToken);
        return true;
    }

    /// <summary>Sources of the items of the commune's last posts in this theme, newest first.</summary>
    private async Task<List<Guid>> RecentSourcesAsync(ThemeCadence cadence, CancellationToken cancellationToken)
    {
        var recentPosts = db.Posts.Where(p => p.CommuneId == cadence.CommuneId && p.ThemeKey == cadence.ThemeKey)
            .OrderByDescending(p => p.CreatedAt).Take(RecentPosts).Select(p => p.Id);
        var single = await db.Posts.Where(p => recentPosts.Contains(p.Id) && p.FeedItemId != null)
            .Join(db.FeedItems, p => p.FeedItemId, i => i.Id, (p, i) => i.SourceId).ToListAsync(cancellationToken);
        var digest = await db.PostItems.Where(pi => recentPosts.Contains(pi.PostId))
            .Join(db.FeedItems, pi => pi.FeedItemId, i => i.Id, (pi, i) => i.SourceId).ToListAsync(cancellationToken);
        return single.Concat(digest).ToList();
    }
}

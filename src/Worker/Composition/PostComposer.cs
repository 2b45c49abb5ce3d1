using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Workflow;

namespace Syndicator.Worker.Composition;

/// <summary>
/// Turns relevant, not yet composed stories into pending column posts: one post per story cluster, composed from its
/// best member (<see cref="ClusterRanking"/>: source priority, then the richer item, then the first seen) and
/// attributed to that member's source, with one delivery per enabled channel account of the commune. The same story
/// seen on another source earlier (same title fingerprint) is not composed twice.
/// </summary>
/// <remarks>
/// A theme with a single or digest cadence in its commune (<see cref="ThemeCadence"/>) is composed by that cadence
/// instead: its items wait for their period's run. Themes without one keep one post per story.
/// </remarks>
public sealed partial class PostComposer(SyndicatorDbContext db, PostWorkflow workflow, CadenceComposer cadences, TimeProvider clock, ILogger<PostComposer> log)
{
    private const int BatchSize = 50;

    public async Task<int> ComposeAsync(CancellationToken cancellationToken)
    {
        var representatives = await db.FeedItems
            .Where(i => i.Relevant && !i.Composed && !i.Deleted && i.DuplicateOfId == null
                && !db.ThemeCadences.Any(c => c.CommuneId == i.CommuneId && c.ThemeKey == i.ThemeKey && c.Enabled && c.Mode != CadenceModes.Tips))
            .OrderBy(i => i.PublishedAt)
            .Select(i => i.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var best = await StoryClusters.BestMembersAsync(db, representatives, cancellationToken);
        var composed = 0;
        foreach (var id in representatives)
        {
            if (best.TryGetValue(id, out var member) && await ComposeOneAsync(member, cancellationToken)) composed++;
        }
        return composed + await cadences.RunDueAsync(cancellationToken);
    }

    private async Task<bool> ComposeOneAsync(ClusterMember member, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // Another worker composed this story first: its post stands.
            if (!await StoryClusters.ClaimAsync(db, member.ClusterId, cancellationToken)) return false;
            var item = await db.FeedItems.SingleAsync(i => i.Id == member.ItemId, cancellationToken);
            var source = await db.Sources.SingleAsync(s => s.Id == item.SourceId, cancellationToken);
            Post? post = null;
            if (!await IsCrossSourceDuplicateAsync(item, member.ClusterId, cancellationToken))
            {
                post = await NewPostAsync(item, member.ClusterId, source, cancellationToken);
                if (source.TrustedForAutoApproval) await workflow.ApproveTrackedAsync(post, "auto:" + source.Name, "Nguồn tin cậy: tự động duyệt", cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (post is not null) LogComposed(post.Id, item.CommuneId, post.Deliveries.Count);
            return post is not null;
        }
        catch (DbUpdateException)
        {
            // Another worker composed this item first; the unique index on posts.FeedItemId kept one post.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>An earlier post of another story with the same title fingerprint (not linked as one cluster at ingestion).</summary>
    private Task<bool> IsCrossSourceDuplicateAsync(FeedItem item, Guid clusterId, CancellationToken cancellationToken) =>
        db.FeedItems.AnyAsync(other => other.CommuneId == item.CommuneId && other.Id != clusterId && other.DuplicateOfId != clusterId
            && other.Fingerprint == item.Fingerprint && other.Composed && other.Relevant
            && db.Posts.Any(p => p.FeedItemId == other.Id), cancellationToken);

    private async Task<Post> NewPostAsync(FeedItem item, Guid clusterId, Source source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var post = new Post
        {
            CommuneId = item.CommuneId,
            FeedItemId = item.Id,
            ThemeKey = item.ThemeKey ?? "chinh-sach",
            Title = item.Title,
            Lead = item.SummaryText,
            BodyHtml = LeadRepetition.RepeatsLead(item.ContentHtml, item.SummaryText) ? null : item.ContentHtml,
            SourceName = source.Name,
            SourceUrl = item.Url,
            ImageUrl = item.ImageUrl,
            CreatedAt = now,
        };
        var channels = await ChannelDeliveries.AddAsync(db, post, cancellationToken);
        db.Posts.Add(post);
        db.Audit(now, post.CommuneId, "system", "post.composed", nameof(Post), post.Id,
            new { feedItemId = item.Id, cluster = clusterId, source = source.Name, item.MatchReason, channels });
        return post;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Composed post {PostId} for commune {TenantId} with {Deliveries} deliveries")]
    private partial void LogComposed(Guid postId, Guid tenantId, int deliveries);
}

using Microsoft.EntityFrameworkCore;
using Syndicator.Connectors.Feeds;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Workflow;

namespace Syndicator.Worker.Composition;

/// <summary>
/// Turns relevant, not yet composed items into pending column posts: one post per story, attributed to its source,
/// with one delivery per enabled channel account of the commune. The same story seen on another source earlier
/// (same title fingerprint) is not composed twice.
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
        var items = await db.FeedItems
            .Where(i => i.Relevant && !i.Composed && !i.Deleted
                && !db.ThemeCadences.Any(c => c.CommuneId == i.CommuneId && c.ThemeKey == i.ThemeKey && c.Enabled && c.Mode != CadenceModes.Tips))
            .OrderBy(i => i.PublishedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var composed = 0;
        foreach (var item in items)
        {
            if (await ComposeOneAsync(item, cancellationToken)) composed++;
        }
        return composed + await cadences.RunDueAsync(cancellationToken);
    }

    private async Task<bool> ComposeOneAsync(FeedItem item, CancellationToken cancellationToken)
    {
        item.Composed = true;
        var source = await db.Sources.SingleAsync(s => s.Id == item.SourceId, cancellationToken);
        var duplicate = await IsCrossSourceDuplicateAsync(item, cancellationToken);
        Post? post = null;
        if (!duplicate)
        {
            post = await NewPostAsync(item, source, cancellationToken);
            if (source.TrustedForAutoApproval) await workflow.ApproveTrackedAsync(post, "auto:" + source.Name, "Nguồn tin cậy: tự động duyệt", cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another worker composed this item first; the unique index on posts.FeedItemId kept one post.
            db.ChangeTracker.Clear();
            return false;
        }
        if (post is not null) LogComposed(post.Id, item.CommuneId, post.Deliveries.Count);
        return post is not null;
    }

    private Task<bool> IsCrossSourceDuplicateAsync(FeedItem item, CancellationToken cancellationToken) =>
        db.FeedItems.AnyAsync(other => other.CommuneId == item.CommuneId && other.Id != item.Id
            && other.Fingerprint == item.Fingerprint && other.Composed && other.Relevant
            && db.Posts.Any(p => p.FeedItemId == other.Id), cancellationToken);

    private async Task<Post> NewPostAsync(FeedItem item, Source source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var post = new Post
        {
            CommuneId = item.CommuneId,
            FeedItemId = item.Id,
            ThemeKey = item.ThemeKey ?? "chinh-sach",
            Title = item.Title,
            Lead = item.SummaryText,
            BodyHtml = RepeatsLead(item) ? null : item.ContentHtml,
            SourceName = source.Name,
            SourceUrl = item.Url,
            ImageUrl = item.ImageUrl,
            CreatedAt = now,
        };
        var channels = await ChannelDeliveries.AddAsync(db, post, cancellationToken);
        db.Posts.Add(post);
        db.Audit(now, post.CommuneId, "system", "post.composed", nameof(Post), post.Id,
            new { feedItemId = item.Id, source = source.Name, item.MatchReason, channels });
        return post;
    }

    /// <summary>A feed without full content gives its summary as the body; the post would say the same thing twice.</summary>
    private static bool RepeatsLead(FeedItem item)
    {
        if (item.ContentHtml is null || item.SummaryText is null) return false;
        var body = TextNormalizer.CollapseWhitespace(HtmlSanitizer.ToPlainText(item.ContentHtml, item.SummaryText.Length + 200));
        return body == TextNormalizer.CollapseWhitespace(item.SummaryText);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Composed post {PostId} for commune {TenantId} with {Deliveries} deliveries")]
    private partial void LogComposed(Guid postId, Guid tenantId, int deliveries);
}

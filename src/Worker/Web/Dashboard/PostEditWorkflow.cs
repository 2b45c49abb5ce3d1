using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Workflow;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>
/// Edits the title and lead of a pending or approved post (an approved post goes back for approval), with an audit
/// event holding before and after. The post's concurrency token is renewed so that forms opened before the edit are refused.
/// </summary>
public sealed class PostEditWorkflow(SyndicatorDbContext db, TimeProvider clock)
{
    public const int MaxTitle = 300;
    public const int MaxLead = 2000;

    public async Task<WorkflowResult> EditAsync(Guid postId, string actor, string title, string? lead, Guid expectedVersion, CancellationToken cancellationToken)
    {
        var post = await db.Posts.Include(p => p.Deliveries).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null) return WorkflowResult.NotFound;
        if (post.Version != expectedVersion) return WorkflowResult.Conflict;
        if (post.State is not (PostState.PendingApproval or PostState.Approved)) return WorkflowResult.InvalidState;
        var before = new { post.Title, post.Lead, post.State };
        if (!post.Edit(title, string.IsNullOrWhiteSpace(lead) ? null : lead, clock.GetUtcNow())) return WorkflowResult.Done;
        db.Audit(clock.GetUtcNow(), post.CommuneId, actor, "post.edited", nameof(Post), post.Id,
            new { before, after = new { post.Title, post.Lead, post.State } });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WorkflowResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkflowResult.Conflict;
        }
    }
}

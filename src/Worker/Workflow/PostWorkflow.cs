using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Scheduling;

namespace Syndicator.Worker.Workflow;

/// <summary>
/// Approve and reject, with the guarded state change, the delivery schedule and the audit event committed together.
/// Used by the API, the dashboard and the CLI alike.
/// </summary>
public sealed class PostWorkflow(SyndicatorDbContext db, IDeliveryScheduler scheduler, TimeProvider clock)
{
    public async Task<WorkflowResult> ApproveAsync(Guid postId, string actor, string? note, Guid? expectedVersion, CancellationToken cancellationToken)
    {
        var post = await PostPersistence.LoadAsync(db, postId, cancellationToken);
        if (post is null) return WorkflowResult.NotFound;
        if (expectedVersion is { } v && v != post.Version) return WorkflowResult.Conflict;
        if (post.State != PostState.PendingApproval) return WorkflowResult.InvalidState;
        var commune = await db.Communes.SingleAsync(c => c.Id == post.CommuneId, cancellationToken);
        if (commune.RequireTwoPersonApproval && string.Equals(post.CreatedBy, actor, StringComparison.Ordinal))
            return WorkflowResult.SelfApprovalForbidden;
        await ApproveTrackedAsync(post, actor, note, cancellationToken);
        return await PostPersistence.SaveAsync(db, cancellationToken);
    }

    public async Task<WorkflowResult> RejectAsync(Guid postId, string actor, string? note, Guid? expectedVersion, CancellationToken cancellationToken)
    {
        var post = await PostPersistence.LoadAsync(db, postId, cancellationToken);
        if (post is null) return WorkflowResult.NotFound;
        if (expectedVersion is { } v && v != post.Version) return WorkflowResult.Conflict;
        if (post.State is not (PostState.PendingApproval or PostState.Approved)) return WorkflowResult.InvalidState;
        var now = clock.GetUtcNow();
        var before = post.State;
        post.Reject(actor, now, note);
        foreach (var d in post.Deliveries.Where(d => d.State is DeliveryState.Waiting or DeliveryState.Scheduled))
            d.State = DeliveryState.Cancelled;
        db.Audit(now, post.CommuneId, actor, "post.rejected", nameof(Post), post.Id, new { before, after = post.State, note });
        return await PostPersistence.SaveAsync(db, cancellationToken);
    }

    /// <summary>Approves a tracked post and schedules its deliveries on their channels; the caller saves.</summary>
    public async Task ApproveTrackedAsync(Post post, string actor, string? note, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var before = post.State;
        post.Approve(actor, now, note);
        foreach (var d in post.Deliveries.Where(d => d.State == DeliveryState.Waiting))
        {
            d.State = DeliveryState.Scheduled;
            d.DueAt = await scheduler.FirstSlotAsync(post, d, now, cancellationToken);
        }
        db.Audit(now, post.CommuneId, actor, "post.approved", nameof(Post), post.Id, new { before, after = post.State, note });
    }
}

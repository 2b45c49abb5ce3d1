using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Scheduling;

namespace Syndicator.Worker.Workflow;

/// <summary>
/// Submit, withdraw, reschedule and approval expiry: each a guarded state change committed with its audit event
/// (actor, before and after).
/// </summary>
public sealed class PostLifecycle(SyndicatorDbContext db, IDeliveryScheduler scheduler, TimeProvider clock)
{
    public const string ExpiryNote = "Hết hạn: chưa được duyệt trước giờ đăng";

    public async Task<WorkflowResult> SubmitAsync(Guid postId, string actor, CancellationToken cancellationToken)
    {
        var post = await PostPersistence.LoadAsync(db, postId, cancellationToken);
        if (post is null) return WorkflowResult.NotFound;
        if (post.State != PostState.Draft) return WorkflowResult.InvalidState;
        var now = clock.GetUtcNow();
        post.Submit(now);
        db.Audit(now, post.CommuneId, actor, "post.submitted", nameof(Post), post.Id, new { before = PostState.Draft, after = post.State });
        return await PostPersistence.SaveAsync(db, cancellationToken);
    }

    public async Task<WorkflowResult> WithdrawAsync(Guid postId, string actor, string? note, CancellationToken cancellationToken)
    {
        var post = await PostPersistence.LoadAsync(db, postId, cancellationToken);
        if (post is null) return WorkflowResult.NotFound;
        if (!CanWithdraw(post.State)) return WorkflowResult.InvalidState;
        WithdrawTracked(post, actor, note);
        return await PostPersistence.SaveAsync(db, cancellationToken);
    }

    /// <summary>Sets the editor's publishing time; an approved post's scheduled deliveries are slotted again.</summary>
    public async Task<WorkflowResult> RescheduleAsync(Guid postId, string actor, DateTimeOffset? scheduledFor, CancellationToken cancellationToken)
    {
        var post = await PostPersistence.LoadAsync(db, postId, cancellationToken);
        if (post is null) return WorkflowResult.NotFound;
        if (post.State is not (PostState.Draft or PostState.PendingApproval or PostState.Approved)) return WorkflowResult.InvalidState;
        var now = clock.GetUtcNow();
        var before = new { post.ScheduledFor, due = post.Deliveries.Select(d => new { d.Id, d.DueAt }).ToList() };
        post.ScheduledFor = scheduledFor;
        if (post.State == PostState.Approved)
        {
            foreach (var d in post.Deliveries.Where(d => d.State == DeliveryState.Scheduled))
                d.DueAt = await scheduler.FirstSlotAsync(post, d, now, cancellationToken);
        }
        var after = new { post.ScheduledFor, due = post.Deliveries.Select(d => new { d.Id, d.DueAt }).ToList() };
        db.Audit(now, post.CommuneId, actor, "post.rescheduled", nameof(Post), post.Id, new { before, after });
        return await PostPersistence.SaveAsync(db, cancellationToken);
    }

    /// <summary>Withdraws posts still awaiting approval when their chosen publishing time has passed.</summary>
    public async Task<int> ExpireAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = await db.Posts.Include(p => p.Deliveries)
            .Where(p => p.State == PostState.PendingApproval && p.ScheduledFor != null && p.ScheduledFor < now)
            .OrderBy(p => p.ScheduledFor).Take(100)
            .ToListAsync(cancellationToken);
        foreach (var post in expired) WithdrawTracked(post, "system", ExpiryNote);
        return await PostPersistence.SaveAsync(db, cancellationToken) == WorkflowResult.Done ? expired.Count : 0;
    }

    public static bool CanWithdraw(PostState state) =>
        state is PostState.Draft or PostState.PendingApproval or PostState.Approved or PostState.PartiallyPublished;

    private void WithdrawTracked(Post post, string actor, string? note)
    {
        var now = clock.GetUtcNow();
        var before = post.State;
        var cancelled = post.Deliveries.Where(d => d.State is DeliveryState.Waiting or DeliveryState.Scheduled).Select(d => d.Id).ToList();
        post.Withdraw(actor, now, note);
        db.Audit(now, post.CommuneId, actor, "post.withdrawn", nameof(Post), post.Id, new { before, after = post.State, note, cancelledDeliveries = cancelled });
    }
}

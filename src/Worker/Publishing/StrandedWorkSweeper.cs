using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Publishing;

/// <summary>
/// Puts back on the schedule (1) deliveries whose claiming worker died, flagged for reconcile because that worker may
/// have published, and (2) deliveries of approved posts that were never scheduled.
/// </summary>
public sealed partial class StrandedWorkSweeper(SyndicatorDbContext db, TimeProvider clock, ILogger<StrandedWorkSweeper> log)
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var released = await DeliveryClaims.ReleaseExpiredLeasesAsync(db, now, cancellationToken);
        var unscheduled = await db.Deliveries
            .Where(d => d.State == DeliveryState.Waiting && d.Post!.State == PostState.Approved)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Scheduled).SetProperty(d => d.DueAt, now), cancellationToken);
        if (released + unscheduled > 0) LogSwept(released, unscheduled);
        return released + unscheduled;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeper re-queued {Released} deliveries with expired leases and {Unscheduled} unscheduled ones")]
    private partial void LogSwept(int released, int unscheduled);
}

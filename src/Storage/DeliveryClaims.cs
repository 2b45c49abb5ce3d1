using Microsoft.EntityFrameworkCore;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage;

/// <summary>
/// Claim queries. A claim is a conditional UPDATE that succeeds for exactly one worker, whatever the number of
/// processes sharing the database: this is what makes publishing exactly-once per delivery.
/// </summary>
public static class DeliveryClaims
{
    /// <summary>
    /// Claims the next due delivery, or returns null when none is left. One at a time on purpose: the lease then only has
    /// to cover a single publish, so a slow channel can never let a claimed-but-waiting delivery outlive its lease and be
    /// handed to a second worker.
    /// </summary>
    public static async Task<Guid?> ClaimNextAsync(
        SyndicatorDbContext db, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        const int candidatesPerTry = 8;
        var candidates = await db.Deliveries
            .Where(d => d.State == DeliveryState.Scheduled && d.DueAt <= now)
            .Where(d => db.ChannelAccounts.Any(a => a.Id == d.ChannelAccountId && a.Enabled && a.Status == ChannelAccountStatus.Active))
            .OrderBy(d => d.DueAt)
            .Select(d => d.Id)
            .Take(candidatesPerTry)
            .ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var rows = await db.Deliveries
                .Where(d => d.Id == id && d.State == DeliveryState.Scheduled)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.State, DeliveryState.InProgress)
                    .SetProperty(d => d.LeaseOwner, owner)
                    .SetProperty(d => d.LeaseUntil, now + lease), cancellationToken);
            if (rows == 1) return id;
        }
        return null;
    }

    /// <summary>
    /// Returns deliveries whose worker died mid-publish to the schedule. They are flagged for reconcile:
    /// the dead worker may have published before it died.
    /// </summary>
    public static Task<int> ReleaseExpiredLeasesAsync(SyndicatorDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Deliveries
            .Where(d => d.State == DeliveryState.InProgress && d.LeaseUntil < now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, DeliveryState.Scheduled)
                .SetProperty(d => d.NeedsReconcile, true)
                .SetProperty(d => d.LeaseOwner, (string?)null)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
}

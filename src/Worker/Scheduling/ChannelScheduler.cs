using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Publishing;

namespace Syndicator.Worker.Scheduling;

/// <summary>
/// Schedules a delivery in the first free slot of its channel account: publishing window, daily cap and spacing
/// (settings keys in <see cref="ChannelScheduleSettings"/>). The editor's time is kept when the account allows it.
/// </summary>
public sealed class ChannelScheduler(SyndicatorDbContext db) : IDeliveryScheduler
{
    private static readonly DeliveryState[] Counted = [DeliveryState.Scheduled, DeliveryState.InProgress, DeliveryState.Published];

    public async Task<DateTimeOffset> FirstSlotAsync(Post post, Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = post.ScheduledFor is { } at && at > now ? at : now;
        var account = await db.ChannelAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == delivery.ChannelAccountId, cancellationToken);
        if (account is null) return from;
        var schedule = ChannelSchedule.From(AccountContextFactory.ParseSettings(account.SettingsJson));
        if (schedule.DailyCap is null && schedule.MinSpacing == TimeSpan.Zero) return schedule.Window.NextOpen(from).ToUniversalTime();
        var taken = await TakenAsync(delivery, from, schedule, cancellationToken);
        return SlotFinder.Next(from, schedule, taken);
    }

    /// <summary>The account's other deliveries from the start of the local day (minus spacing) on, saved or still tracked.</summary>
    private async Task<IReadOnlyCollection<DateTimeOffset>> TakenAsync(Delivery delivery, DateTimeOffset from, ChannelSchedule schedule, CancellationToken cancellationToken)
    {
        var lower = VietnamClock.ToInstant(VietnamClock.LocalDay(from), TimeOnly.MinValue) - schedule.MinSpacing;
        var accountId = delivery.ChannelAccountId;
        var saved = await db.Deliveries.AsNoTracking()
            .Where(d => d.ChannelAccountId == accountId && d.Id != delivery.Id && Counted.Contains(d.State))
            .Where(d => d.DueAt >= lower || d.PublishedAt >= lower)
            .Select(d => new { d.Id, d.State, d.DueAt, d.PublishedAt })
            .ToListAsync(cancellationToken);
        var times = saved.ToDictionary(d => d.Id, d => d.State == DeliveryState.Published ? d.PublishedAt ?? d.DueAt : d.DueAt);
        // Deliveries scheduled earlier in the same unit of work (several posts approved together) are not saved yet.
        foreach (var local in db.Deliveries.Local.Where(d => d.ChannelAccountId == accountId && d.Id != delivery.Id && Counted.Contains(d.State)))
            times[local.Id] = local.State == DeliveryState.Published ? local.PublishedAt ?? local.DueAt : local.DueAt;
        return times.Values.OfType<DateTimeOffset>().Where(t => t >= lower).ToList();
    }
}

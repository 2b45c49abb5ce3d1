using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Scheduling;

/// <summary>No channel limits: as soon as approved, or at the editor's chosen time.</summary>
public sealed class ImmediateScheduler : IDeliveryScheduler
{
    public Task<DateTimeOffset> FirstSlotAsync(Post post, Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(post.ScheduledFor is { } at && at > now ? at : now);
}

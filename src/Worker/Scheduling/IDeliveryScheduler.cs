using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Scheduling;

/// <summary>Decides when a delivery may go out on its channel.</summary>
public interface IDeliveryScheduler
{
    /// <summary>The first allowed time for a delivery of an approved post (the editor's time wins within hard limits).</summary>
    Task<DateTimeOffset> FirstSlotAsync(Post post, Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken);
}

namespace Syndicator.Storage.Entities;

public enum DeliveryState
{
    /// <summary>The post is not approved yet.</summary>
    Waiting = 0,
    /// <summary>Approved; will be published at <see cref="Delivery.DueAt"/>.</summary>
    Scheduled = 1,
    /// <summary>Claimed by a worker until its lease expires.</summary>
    InProgress = 2,
    Published = 3,
    /// <summary>Out of attempts or rejected by the channel; a person must retry.</summary>
    Dead = 4,
    Cancelled = 5,
}

namespace Syndicator.Storage.Entities;

/// <summary>One post on one channel account. The unit that is scheduled, claimed, attempted and audited.</summary>
public sealed class Delivery
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PostId { get; init; }
    public Post? Post { get; init; }
    public Guid ChannelAccountId { get; init; }
    public required string Channel { get; init; }
    /// <summary>Stable key embedded in what is published (slug, marker), for idempotency and reconcile.</summary>
    public required string Key { get; init; }

    public DeliveryState State { get; set; } = DeliveryState.Waiting;
    public DateTimeOffset? DueAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>True when the last attempt may have gone through: reconcile before publishing again.</summary>
    public bool NeedsReconcile { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? ExternalId { get; set; }
    public string? ExternalUrl { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    /// <summary>Why the last attempt failed, in words the editor can act on.</summary>
    public string? LastError { get; set; }
    /// <summary>Ids saved by the steps of a multi-step publish (JSON object).</summary>
    public string CheckpointJson { get; set; } = "{}";

    public List<PublishAttempt> AttemptLog { get; init; } = [];
}

namespace Syndicator.Storage.Entities;

/// <summary>One try at one delivery: what happened and how long it took. Append-only.</summary>
public sealed class PublishAttempt
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid DeliveryId { get; init; }
    public int Number { get; init; }
    public required string Worker { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset FinishedAt { get; init; }
    /// <summary>"published", "reconciled", or the failure kind.</summary>
    public required string Outcome { get; init; }
    public string? Detail { get; init; }
    public string? ExternalId { get; init; }
    public string? ExternalUrl { get; init; }
}

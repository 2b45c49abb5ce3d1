namespace Syndicator.Storage.Entities;

/// <summary>An append-only record of something that happened, written in the same transaction as the change.</summary>
public sealed class AuditEvent
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public Guid? CommuneId { get; init; }
    public required string Actor { get; init; }
    /// <summary>Dotted verb, e.g. "post.approved", "delivery.published".</summary>
    public required string Action { get; init; }
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }
    /// <summary>JSON with the details (before/after, channel, external id). Never secrets.</summary>
    public string? Data { get; init; }
}

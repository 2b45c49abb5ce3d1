namespace Syndicator.Storage.Entities;

/// <summary>How far a lifecycle-webhook subscriber has been sent the audit trail (last audit event id delivered).</summary>
public sealed class WebhookCursor
{
    public required string Name { get; init; }
    public long LastAuditEventId { get; set; }
    public DateTimeOffset? LastSentAt { get; set; }
    public string? LastError { get; set; }
}

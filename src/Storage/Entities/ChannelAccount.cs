namespace Syndicator.Storage.Entities;

/// <summary>A commune's account on one channel (a Facebook Page, a Zalo OA, a WordPress site, the outbox).</summary>
public sealed class ChannelAccount
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CommuneId { get; init; }
    /// <summary>Connector kind: outbox, wordpress, webhook, facebook, zalo, radio.</summary>
    public required string Kind { get; init; }
    public required string Name { get; set; }
    /// <summary>Non-secret settings as a JSON object of strings.</summary>
    public string SettingsJson { get; set; } = "{}";
    /// <summary>The secret, encrypted with ASP.NET Data Protection. Never logged, never sent to the UI.</summary>
    public string? ProtectedSecret { get; set; }
    public ChannelAccountStatus Status { get; set; }
    public string? StatusReason { get; set; }
    public bool Enabled { get; set; } = true;
}

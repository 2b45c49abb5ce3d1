namespace Syndicator.Storage.Entities;

/// <summary>An admin's override of a channel template (keys as in the renderer: portal, facebook, zalo, radio, …-digest).</summary>
public sealed class ChannelTemplate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    /// <summary>Null: the deployment-wide default for every commune.</summary>
    public Guid? CommuneId { get; init; }
    public required string Key { get; init; }
    public required string Source { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

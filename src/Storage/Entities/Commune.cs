namespace Syndicator.Storage.Entities;

/// <summary>A tenant: one commune (xã/phường) whose NQ57 column Syndicator runs.</summary>
public sealed class Commune
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    /// <summary>URL-safe identifier used in feed URLs, e.g. "tan-lap".</summary>
    public required string Slug { get; init; }
    public required string Name { get; set; }
    public string? Province { get; set; }
    /// <summary>When true an editor cannot approve a post they created.</summary>
    public bool RequireTwoPersonApproval { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}

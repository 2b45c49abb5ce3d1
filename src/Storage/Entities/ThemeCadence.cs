namespace Syndicator.Storage.Entities;

/// <summary>
/// How often a commune's theme produces posts: e.g. a daily single story, a weekly digest of the best N items,
/// a monthly "Bình dân học vụ số" tips post.
/// </summary>
public sealed class ThemeCadence
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CommuneId { get; init; }
    public required string ThemeKey { get; set; }
    /// <summary>"single", "digest" or "tips".</summary>
    public required string Mode { get; set; }
    /// <summary>"daily", "weekly" or "monthly".</summary>
    public required string Period { get; set; }
    /// <summary>Items per digest (ignored for single).</summary>
    public int ItemCount { get; set; } = 5;
    public bool Enabled { get; set; } = true;
    public DateTimeOffset NextRunAt { get; set; }
}

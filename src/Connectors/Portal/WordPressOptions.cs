namespace Syndicator.Connectors.Portal;

/// <summary>Process-wide WordPress connector options.</summary>
public sealed record WordPressOptions
{
    /// <summary>Largest cover image downloaded for upload as featured media; larger images are skipped.</summary>
    public long MaxImageBytes { get; init; } = 5 * 1024 * 1024;
}

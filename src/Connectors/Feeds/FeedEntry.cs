namespace Syndicator.Connectors.Feeds;

/// <summary>One normalised entry of any feed format or scraped list page.</summary>
/// <remarks>All text is NFC; URLs are absolute with tracking parameters stripped; HTML is sanitised.</remarks>
public sealed record FeedEntry
{
    /// <summary>The entry's own identifier (RSS guid, Atom id, JSON Feed id), when it has one.</summary>
    public string? Id { get; init; }
    public required string Title { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset? PublishedUtc { get; init; }
    public DateTimeOffset? UpdatedUtc { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>Sanitised HTML summary (description / summary).</summary>
    public string? SummaryHtml { get; init; }
    /// <summary>Plain-text summary derived from the summary or content.</summary>
    public string? SummaryText { get; init; }
    /// <summary>Sanitised full HTML content (content:encoded / content), when present.</summary>
    public string? ContentHtml { get; init; }
    public string? ImageUrl { get; init; }
    public IReadOnlyList<FeedEnclosure> Enclosures { get; init; } = [];
}

public sealed record FeedEnclosure(string Url, string? MediaType, long? Length);

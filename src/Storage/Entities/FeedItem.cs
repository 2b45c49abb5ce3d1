namespace Syndicator.Storage.Entities;

/// <summary>One stored entry of a source. (SourceId, DedupeKey) is unique; a tombstoned item never returns.</summary>
public sealed class FeedItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SourceId { get; init; }
    public Guid CommuneId { get; init; }
    /// <summary>GUID, else canonical URL, else a hash of title and date.</summary>
    public required string DedupeKey { get; init; }
    public string? Url { get; set; }
    public required string Title { get; set; }
    public string? SummaryText { get; set; }
    public string? ContentHtml { get; set; }
    public string? ImageUrl { get; set; }
    public string? Author { get; set; }
    /// <summary>The entry's feed categories, one a line (each at most a few hundred characters), so re-applied rules see them.</summary>
    public string? Categories { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset FetchedAt { get; init; }
    /// <summary>Accent-free normalised title used for cross-source near-duplicate detection.</summary>
    public string? Fingerprint { get; set; }

    public bool Relevant { get; set; }
    public double Score { get; set; }
    public string? ThemeKey { get; set; }
    /// <summary>The rule that decided relevance, shown to editors ("why is this here?").</summary>
    public string? MatchReason { get; set; }

    /// <summary>The same story already stored from another source (cross-source near-duplicate), if any.</summary>
    public Guid? DuplicateOfId { get; set; }

    /// <summary>Set once a post has been composed from this item.</summary>
    public bool Composed { get; set; }
    /// <summary>Tombstone: deleted items keep their key so a re-fetch does not bring them back.</summary>
    public bool Deleted { get; set; }
}

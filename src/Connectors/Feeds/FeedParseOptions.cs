namespace Syndicator.Connectors.Feeds;

/// <summary>How <see cref="FeedParser"/> reads one document.</summary>
public sealed record FeedParseOptions
{
    /// <summary>When the document was fetched; undated entries get this date (the parser never reads a clock).</summary>
    public required DateTimeOffset FetchedAtUtc { get; init; }

    /// <summary>Entries beyond this count are dropped (with a warning) and never materialised.</summary>
    public int MaxEntries { get; init; } = 1000;

    /// <summary>Documents nested deeper than this are rejected.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Length of <see cref="FeedEntry.SummaryText"/>.</summary>
    public int MaxSummaryChars { get; init; } = 500;

    /// <summary>Upper bound of characters in an XML document (after decoding).</summary>
    public long MaxCharactersInDocument { get; init; } = 64L * 1024 * 1024;

    /// <summary>Selectors for scraping an HTML list page; used when the content is HTML rather than a feed.</summary>
    public HtmlSelectors? HtmlSelectors { get; init; }
}

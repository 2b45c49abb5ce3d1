namespace Syndicator.Storage.Entities;

/// <summary>A feed or web page polled for news. Health fields are updated after every fetch.</summary>
public sealed class Source
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CommuneId { get; init; }
    public required string Name { get; set; }
    public required string Url { get; set; }
    public bool Enabled { get; set; } = true;
    /// <summary>Items from a trusted source are approved without an editor (off by default).</summary>
    public bool TrustedForAutoApproval { get; set; }
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>
    /// When the same story comes from several sources of a commune, the item of the source with the highest priority
    /// is composed (default 0; ties go to the richer item, then the one seen first).
    /// </summary>
    public int Priority { get; set; }
    /// <summary>"feed" (any feed format, detected from content) or "html" (a list page read with selectors).</summary>
    public string Kind { get; set; } = SourceKinds.Feed;
    /// <summary>For html sources: XPath selectors as JSON {item, title, link, date, summary, image}.</summary>
    public string? HtmlSelectorsJson { get; set; }

    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    public DateTimeOffset NextCheckAt { get; set; }
    public DateTimeOffset? LastCheckedAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public bool Parked { get; set; }

    public void RecordSuccess(DateTimeOffset now, TimeSpan? freshFor)
    {
        LastCheckedAt = now;
        LastSuccessAt = now;
        LastError = null;
        ConsecutiveFailures = 0;
        NextCheckAt = now + Max(PollInterval, freshFor);
    }

    /// <summary>Backs off exponentially (capped at a day) and parks the source after <paramref name="parkAfter"/> failures.</summary>
    public void RecordFailure(DateTimeOffset now, string reason, TimeSpan? retryAfter, int parkAfter)
    {
        LastCheckedAt = now;
        LastError = reason;
        ConsecutiveFailures++;
        var backoff = TimeSpan.FromTicks(PollInterval.Ticks * (1L << Math.Min(ConsecutiveFailures - 1, 6)));
        var capped = backoff > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : backoff;
        NextCheckAt = now + Max(capped, retryAfter);
        Parked = ConsecutiveFailures >= parkAfter;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan? b) => b is { } value && value > a ? value : a;
}

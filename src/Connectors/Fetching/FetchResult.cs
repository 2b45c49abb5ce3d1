namespace Syndicator.Connectors.Fetching;

/// <summary>What one fetch produced. Expected failures are results, not exceptions.</summary>
public abstract record FetchResult
{
    private FetchResult() { }

    /// <summary>A body was read in full (within the size cap).</summary>
    public sealed record Fetched(
        byte[] Body,
        string? ContentType,
        string? ETag,
        DateTimeOffset? LastModified,
        Uri FinalUrl,
        TimeSpan? FreshFor) : FetchResult;

    /// <summary>The server answered 304: nothing new.</summary>
    public sealed record NotModified(TimeSpan? FreshFor) : FetchResult;

    /// <summary>The fetch failed; <paramref name="Reason"/> is shown to operators.</summary>
    public sealed record Failed(string Reason, bool Permanent, TimeSpan? RetryAfter) : FetchResult;
}

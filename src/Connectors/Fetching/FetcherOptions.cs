namespace Syndicator.Connectors.Fetching;

/// <summary>Limits and identity of <see cref="HttpFeedFetcher"/>.</summary>
public sealed record FetcherOptions
{
    public const string DefaultUserAgent = "Syndicator/1.0 (+https://github.com/syndicator; NQ57 column bot)";

    /// <summary>Largest body accepted, counted after decompression.</summary>
    public long MaxBodyBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Overall deadline of one fetch, redirects and body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest wait for the next bytes of a response body; a server that stalls fails after this long instead of
    /// holding the fetch until <see cref="Timeout"/>. <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public int MaxRedirects { get; init; } = 5;

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Allows file:// sources (demo and test feeds); they must lie under <see cref="AllowedFileRoot"/>.</summary>
    public bool AllowFileScheme { get; init; }

    public string? AllowedFileRoot { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

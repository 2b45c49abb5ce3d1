namespace Syndicator.Worker.Ingestion;

/// <summary>
/// How long to wait before fetching a source again: the longest of its poll interval, the server's freshness
/// (Cache-Control / Expires) and the feed's RSS &lt;ttl&gt;, but never more than <see cref="Cap"/> and never less
/// than the poll interval. A server's Retry-After on failure is capped the same way.
/// </summary>
public static class RefreshBounds
{
    public static readonly TimeSpan Cap = TimeSpan.FromHours(24);

    /// <summary>The wait after a successful fetch (at least the poll interval).</summary>
    public static TimeSpan AfterSuccess(TimeSpan pollInterval, TimeSpan? freshFor, TimeSpan? timeToLive)
    {
        var wait = pollInterval;
        if (freshFor > wait) wait = freshFor.Value;
        if (timeToLive > wait) wait = timeToLive.Value;
        if (wait > Cap) wait = Cap;
        return wait < pollInterval ? pollInterval : wait;
    }

    /// <summary>A Retry-After capped at <see cref="Cap"/>; null stays null.</summary>
    public static TimeSpan? RetryAfter(TimeSpan? retryAfter) => retryAfter > Cap ? Cap : retryAfter;
}

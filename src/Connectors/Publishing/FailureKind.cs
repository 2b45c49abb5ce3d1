namespace Syndicator.Connectors.Publishing;

/// <summary>How a failed publish must be treated by the scheduler.</summary>
public enum FailureKind
{
    /// <summary>Nothing was created; safe to retry after back-off.</summary>
    Transient,
    /// <summary>Throttled; retry after the given delay.</summary>
    RateLimited,
    /// <summary>The request may have been applied (time-out, 5xx after send); reconcile before any retry.</summary>
    Ambiguous,
    /// <summary>Credentials are invalid or lack permission; the channel needs reconnecting.</summary>
    Unauthorized,
    /// <summary>The API refused the content; retrying unchanged will not help.</summary>
    Rejected,
    /// <summary>A quota (e.g. Zalo broadcasts) is used up until the quota window resets.</summary>
    QuotaExhausted,
}

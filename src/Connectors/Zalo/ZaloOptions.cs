namespace Syndicator.Connectors.Zalo;

/// <summary>Process-wide Zalo connector options.</summary>
public sealed record ZaloOptions
{
    /// <summary>How many times one publish calls <c>article/verify</c> while Zalo answers -214 (processing).</summary>
    public int VerifyAttempts { get; init; } = 3;

    /// <summary>Pause between verify calls (through the injected TimeProvider).</summary>
    public TimeSpan VerifyDelay { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>RetryAfter returned when the article is still processing after <see cref="VerifyAttempts"/>.</summary>
    public TimeSpan ProcessingRetryAfter { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Refresh the access token when it expires within this margin.</summary>
    public TimeSpan RefreshMargin { get; init; } = TimeSpan.FromMinutes(10);
}

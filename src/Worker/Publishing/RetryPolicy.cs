using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Publishing;

/// <summary>Capped exponential back-off with ±20 % jitter, never earlier than the server asked.</summary>
public static class RetryPolicy
{
    public static TimeSpan NextDelay(int attempt, PublishingOptions options, TimeSpan? retryAfter, Random random)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 20);
        var raw = options.FirstRetryAfter.TotalSeconds * Math.Pow(2, exponent);
        var capped = Math.Min(raw, options.MaxRetryAfter.TotalSeconds);
        var jittered = TimeSpan.FromSeconds(capped * (0.8 + 0.4 * random.NextDouble()));
        return retryAfter is { } asked && asked > jittered ? asked : jittered;
    }
}

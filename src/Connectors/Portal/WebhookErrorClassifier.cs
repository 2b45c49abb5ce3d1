using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Portal;

/// <summary>The one place that maps webhook receiver answers (plain HTTP statuses) to <see cref="FailureKind"/>.</summary>
public static class WebhookErrorClassifier
{
    public static readonly TimeSpan DefaultRateLimitDelay = TimeSpan.FromMinutes(1);

    /// <param name="status">HTTP status of the receiver's answer (non-2xx).</param>
    /// <param name="bodySnippet">Start of the receiver's body, shown to ops; may be empty.</param>
    /// <param name="retryAfter">Retry-After header, if any.</param>
    public static PublishOutcome.Failed Classify(int status, string bodySnippet, TimeSpan? retryAfter)
    {
        var said = string.IsNullOrWhiteSpace(bodySnippet) ? "." : $": {bodySnippet}";
        return status switch
        {
            401 or 403 => new(FailureKind.Unauthorized, $"The portal refused the webhook signature or credentials (HTTP {status}); check the shared secret{said}"),
            429 => new(FailureKind.RateLimited, $"The portal is throttling deliveries (HTTP 429){said}", retryAfter ?? DefaultRateLimitDelay),
            408 or >= 500 => new(FailureKind.Ambiguous, $"The portal answered HTTP {status}; it may have stored the post (receivers are idempotent on X-Syndicator-Delivery){said}", retryAfter),
            _ => new(FailureKind.Rejected, $"The portal refused the post (HTTP {status}){said}"),
        };
    }
}

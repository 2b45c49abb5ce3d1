using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Zalo;

/// <summary>
/// The one place that maps Zalo OA answers to <see cref="FailureKind"/>: envelope <c>error</c> codes
/// (channel-apis.md §2.5/§2.6) and, for non-envelope answers, the HTTP status.
/// </summary>
public static class ZaloErrorClassifier
{
    public static readonly TimeSpan RateLimitDelay = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan NightWindowDelay = TimeSpan.FromHours(1);

    /// <summary>Codes after which a token refresh (once) is the cure.</summary>
    public static bool IsTokenError(int code) => code is -216 or -220 or -124;

    public static PublishOutcome.Failed Classify(int code, string message)
    {
        var api = $" (Zalo {code}: {message})";
        return code switch
        {
            -216 or -220 or -124 => new(FailureKind.Unauthorized, "The Zalo access token is invalid or expired and could not be renewed; an OA admin must reconnect." + api),
            -32 => new(FailureKind.RateLimited, "Zalo rate limit reached; retry in the next minute." + api, RateLimitDelay),
            -214 => new(FailureKind.Transient, "The Zalo article is still being processed." + api, RateLimitDelay),
            -234 => new(FailureKind.RateLimited, "Zalo does not send this message type at night." + api, NightWindowDelay),
            -211 or -218 => new(FailureKind.QuotaExhausted, "The Zalo OA quota is used up for this period." + api),
            -223 when message.Contains("quota", StringComparison.OrdinalIgnoreCase) => new(FailureKind.QuotaExhausted, "The OA reached its article-creation quota." + api),
            -223 or -209 or -212 or -219 or -221 or -224 or -204 or -205 or -242 => new(
                FailureKind.Unauthorized, "The Zalo OA or app is not entitled to this API (verification, tier or permission); fix the OA/app configuration." + api),
            -201 or -210 or -200 or -100 => new(FailureKind.Rejected, "Zalo refused the article content (field, length or cover image)." + api),
            -213 or -227 or -230 or -232 => new(FailureKind.Rejected, "The Zalo recipient cannot receive this message." + api),
            -240 => new(FailureKind.Rejected, "This Zalo endpoint has been shut down; the connector needs updating." + api),
            _ => new(FailureKind.Rejected, "Zalo refused the request." + api),
        };
    }

    /// <summary>For answers without a Zalo envelope (gateway pages, empty bodies).</summary>
    public static PublishOutcome.Failed ClassifyHttp(int status, bool mayHaveApplied) => status switch
    {
        429 => new(FailureKind.RateLimited, "Zalo is throttling requests (HTTP 429).", RateLimitDelay),
        >= 500 or 408 when mayHaveApplied => new(FailureKind.Ambiguous, $"Zalo answered HTTP {status}; the request may have been applied. Reconcile before retrying."),
        >= 500 or 408 => new(FailureKind.Transient, $"Zalo answered HTTP {status}."),
        _ => new(FailureKind.Rejected, $"Zalo answered HTTP {status} without a Zalo response body."),
    };
}

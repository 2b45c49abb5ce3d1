using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Portal;

/// <summary>
/// The one place that maps WordPress REST answers to <see cref="FailureKind"/> (see channel-apis.md §3.3 and §3.7).
/// </summary>
public static class WordPressErrorClassifier
{
    public static readonly TimeSpan DefaultRateLimitDelay = TimeSpan.FromMinutes(1);

    /// <param name="status">HTTP status of the answer.</param>
    /// <param name="error">The parsed WordPress error body, or null when the body was not a WordPress error (HTML, empty).</param>
    /// <param name="retryAfter">Retry-After header, if any.</param>
    public static PublishOutcome.Failed Classify(int status, WordPressError? error, TimeSpan? retryAfter)
    {
        var api = error is null ? string.Empty : $" ({error.Code}: {error.Message})";
        return (status, error?.Code) switch
        {
            (429, _) => new(FailureKind.RateLimited, $"WordPress (or its host) is throttling requests{api}.", retryAfter ?? DefaultRateLimitDelay),
            (_, "incorrect_password") => Fail(FailureKind.Unauthorized, "WordPress rejected the application password; create a new one and update the channel", api),
            (401, "rest_not_logged_in" or "rest_cannot_create") => Fail(
                FailureKind.Unauthorized,
                "WordPress treated the request as anonymous; check that the server passes the Authorization header and that the site uses HTTPS",
                api),
            (401 or 403, _) => Fail(FailureKind.Unauthorized, "The WordPress user is not allowed to publish posts; check its role", api),
            (408, _) => Fail(FailureKind.Ambiguous, "The WordPress request timed out at the server; the post may exist", api, retryAfter),
            (_, "db_insert_error") => Fail(FailureKind.Transient, "WordPress could not save the post in its database", api),
            (404, "rest_no_route") or (_, null) when status < 500 => Fail(
                FailureKind.Rejected, "The WordPress REST API was not found; check the site URL and that the REST API is enabled", api),
            (>= 500, _) => Fail(FailureKind.Ambiguous, $"WordPress answered HTTP {status}; the post may have been created", api, retryAfter),
            _ => Fail(FailureKind.Rejected, $"WordPress refused the post (HTTP {status}); fix the content or settings before retrying", api),
        };
    }

    private static PublishOutcome.Failed Fail(FailureKind kind, string what, string api, TimeSpan? retryAfter = null) =>
        new(kind, what + api + ".", retryAfter);
}

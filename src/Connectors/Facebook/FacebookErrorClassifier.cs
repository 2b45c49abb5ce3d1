using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Facebook;

/// <summary>
/// The one place that maps Graph API answers to <see cref="FailureKind"/>, by <c>error.code</c> and
/// <c>error_subcode</c> (never by HTTP status alone), per channel-apis.md §1.6 and §1.8.
/// </summary>
public static class FacebookErrorClassifier
{
    public static readonly TimeSpan DefaultThrottleDelay = TimeSpan.FromMinutes(15);

    /// <summary>Code 368 is a temporary policy block: cool down for hours, then try once more.</summary>
    public static readonly TimeSpan PolicyBlockDelay = TimeSpan.FromHours(6);

    private static readonly int[] TokenSubcodes = [458, 459, 460, 463, 464, 467, 492];

    /// <param name="httpStatus">HTTP status (used only when there is no Graph error body).</param>
    /// <param name="error">The Graph error object, or null when the body carried none.</param>
    /// <param name="regainAccess">Wait from <c>X-Business-Use-Case-Usage</c>, if the answer carried it.</param>
    public static PublishOutcome.Failed Classify(int httpStatus, GraphError? error, TimeSpan? regainAccess)
    {
        if (error is null)
        {
            return httpStatus switch
            {
                429 => new(FailureKind.RateLimited, "Facebook is throttling requests (HTTP 429).", regainAccess ?? DefaultThrottleDelay),
                >= 500 or 408 => new(FailureKind.Ambiguous, $"Facebook answered HTTP {httpStatus} without details; the post may have gone live. Reconcile before retrying."),
                _ => new(FailureKind.Rejected, $"Facebook answered HTTP {httpStatus} without a Graph error body."),
            };
        }

        var api = " " + error;
        return error switch
        {
            { Subcode: { } sub } when TokenSubcodes.Contains(sub) => new(FailureKind.Unauthorized, "The Page token is no longer valid (expired, password changed, role removed or user action needed); reconnect the Page." + api),
            { Code: 1 or 2 } => new(FailureKind.Ambiguous, "Facebook had a temporary server error; the post may still have gone live. Reconcile before retrying." + api),
            { Code: 4 or 17 or 32 or 613 or 80001 or 341 } => new(FailureKind.RateLimited, "Facebook is throttling this app or Page." + api, regainAccess ?? DefaultThrottleDelay),
            { Code: 368 } => new(FailureKind.RateLimited, "Facebook temporarily blocked posting for policy reasons; waiting several hours before one more try." + api, Max(regainAccess, PolicyBlockDelay)),
            { Code: 190 or 102 } => new(FailureKind.Unauthorized, "The Page access token is invalid or expired; reconnect the Page." + api),
            { Code: 10 or (>= 200 and <= 299) } => new(FailureKind.Unauthorized, "The app lacks a permission or Page role (pages_manage_posts / CREATE_CONTENT); reconnect the Page." + api),
            { Code: 506 } => new(FailureKind.Rejected, "Facebook refused a duplicate post; the content must change." + api),
            { Code: 1609005 } => new(FailureKind.Rejected, "Facebook could not fetch the link; check the URL." + api),
            { Code: 100 } => new(FailureKind.Rejected, "Facebook refused a parameter of the post." + api),
            { Type: "OAuthException" } => new(FailureKind.Unauthorized, "Facebook refused the Page token; reconnect the Page." + api),
            _ => new(FailureKind.Rejected, "Facebook refused the post." + api),
        };
    }

    private static TimeSpan Max(TimeSpan? a, TimeSpan b) => a is { } value && value > b ? value : b;
}

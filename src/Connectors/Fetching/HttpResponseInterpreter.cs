using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.WebUtilities;

namespace Syndicator.Connectors.Fetching;

/// <summary>Maps response status and headers to failure reasons, retry hints and freshness.</summary>
internal static class HttpResponseInterpreter
{
    public static FetchResult.Failed Failure(HttpResponseMessage response, TimeProvider time)
    {
        var code = (int)response.StatusCode;
        var phrase = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? ReasonPhrases.GetReasonPhrase(code) : response.ReasonPhrase;
        var reason = $"HTTP {code} {phrase}".TrimEnd();
        var retryAfter = code is 429 or 503 ? RetryAfter(response.Headers.RetryAfter, time) : null;
        return new FetchResult.Failed(reason, IsPermanent(code), retryAfter);
    }

    /// <summary>4xx answers do not change by retrying, except time-outs, early data and rate limits.</summary>
    public static bool IsPermanent(int code) => code is >= 400 and < 500 and not (408 or 425 or 429);

    public static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>How long the response may be reused: Cache-Control max-age, else Expires minus Date (or now).</summary>
    public static TimeSpan? FreshFor(HttpResponseMessage response, TimeProvider time)
    {
        if (response.Headers.CacheControl is { } cacheControl && (cacheControl.NoStore || cacheControl.NoCache))
        {
            return null;
        }

        if (response.Headers.CacheControl?.MaxAge is { } maxAge)
        {
            return maxAge > TimeSpan.Zero ? maxAge : null;
        }

        if (response.Content.Headers.Expires is { } expires)
        {
            var fresh = expires - (response.Headers.Date ?? time.GetUtcNow());
            return fresh > TimeSpan.Zero ? fresh : null;
        }

        return null;
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider time)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}

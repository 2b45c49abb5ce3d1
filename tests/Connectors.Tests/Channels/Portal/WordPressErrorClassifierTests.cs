using Syndicator.Connectors.Portal;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Tests.Channels.Portal;

public sealed class WordPressErrorClassifierTests
{
    [Theory]
    [InlineData(401, "incorrect_password", FailureKind.Unauthorized)]
    [InlineData(401, "rest_not_logged_in", FailureKind.Unauthorized)]
    [InlineData(401, "rest_cannot_create", FailureKind.Unauthorized)]
    [InlineData(403, "rest_cannot_create", FailureKind.Unauthorized)]
    [InlineData(403, "rest_cannot_publish", FailureKind.Unauthorized)]
    [InlineData(403, "rest_forbidden_status", FailureKind.Unauthorized)]
    [InlineData(403, "rest_forbidden", FailureKind.Unauthorized)]
    [InlineData(404, "rest_no_route", FailureKind.Rejected)]
    [InlineData(404, null, FailureKind.Rejected)]
    [InlineData(200, null, FailureKind.Rejected)]
    [InlineData(400, "rest_invalid_param", FailureKind.Rejected)]
    [InlineData(400, "rest_missing_callback_param", FailureKind.Rejected)]
    [InlineData(400, "rest_post_exists", FailureKind.Rejected)]
    [InlineData(400, "rest_upload_no_content_disposition", FailureKind.Rejected)]
    [InlineData(404, "rest_post_invalid_id", FailureKind.Rejected)]
    [InlineData(500, "db_insert_error", FailureKind.Transient)]
    [InlineData(500, "rest_upload_unknown_error", FailureKind.Ambiguous)]
    [InlineData(408, null, FailureKind.Ambiguous)]
    [InlineData(502, null, FailureKind.Ambiguous)]
    [InlineData(503, null, FailureKind.Ambiguous)]
    [InlineData(504, null, FailureKind.Ambiguous)]
    [InlineData(429, null, FailureKind.RateLimited)]
    public void Classify_maps_status_and_code_to_kind(int status, string? code, FailureKind expected)
    {
        var error = code is null ? null : new WordPressError(code, "message from WordPress");

        var failed = WordPressErrorClassifier.Classify(status, error, null);

        Assert.Equal(expected, failed.Kind);
        if (code is not null)
        {
            Assert.Contains(code, failed.Detail);
            Assert.Contains("message from WordPress", failed.Detail);
        }
    }

    [Fact]
    public void Classify_rate_limit_uses_retry_after_or_default()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), WordPressErrorClassifier.Classify(429, null, TimeSpan.FromSeconds(30)).RetryAfter);
        Assert.Equal(WordPressErrorClassifier.DefaultRateLimitDelay, WordPressErrorClassifier.Classify(429, null, null).RetryAfter);
    }

    [Fact]
    public void Classify_rest_no_route_tells_ops_to_check_the_site_url()
    {
        var failed = WordPressErrorClassifier.Classify(404, new WordPressError("rest_no_route", "No route was found"), null);

        Assert.Contains("check the site URL", failed.Detail);
    }
}

using Syndicator.Connectors.Facebook;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Tests.Channels.Facebook;

public sealed class FacebookErrorClassifierTests
{
    [Theory]
    [InlineData(1, null, 500, FailureKind.Ambiguous)]
    [InlineData(2, null, 500, FailureKind.Ambiguous)]
    [InlineData(4, null, 400, FailureKind.RateLimited)]
    [InlineData(17, null, 400, FailureKind.RateLimited)]
    [InlineData(32, null, 400, FailureKind.RateLimited)]
    [InlineData(613, null, 400, FailureKind.RateLimited)]
    [InlineData(80001, null, 400, FailureKind.RateLimited)]
    [InlineData(341, null, 400, FailureKind.RateLimited)]
    [InlineData(368, 1390008, 400, FailureKind.RateLimited)]
    [InlineData(190, null, 400, FailureKind.Unauthorized)]
    [InlineData(190, 458, 400, FailureKind.Unauthorized)]
    [InlineData(190, 459, 400, FailureKind.Unauthorized)]
    [InlineData(190, 460, 400, FailureKind.Unauthorized)]
    [InlineData(190, 463, 400, FailureKind.Unauthorized)]
    [InlineData(190, 464, 400, FailureKind.Unauthorized)]
    [InlineData(190, 467, 400, FailureKind.Unauthorized)]
    [InlineData(190, 492, 400, FailureKind.Unauthorized)]
    [InlineData(102, null, 400, FailureKind.Unauthorized)]
    [InlineData(10, null, 400, FailureKind.Unauthorized)]
    [InlineData(200, null, 403, FailureKind.Unauthorized)]
    [InlineData(299, null, 403, FailureKind.Unauthorized)]
    [InlineData(100, null, 400, FailureKind.Rejected)]
    [InlineData(506, null, 400, FailureKind.Rejected)]
    [InlineData(1609005, null, 400, FailureKind.Rejected)]
    [InlineData(9999, null, 400, FailureKind.Rejected)]
    public void Classify_maps_graph_code_to_kind(int code, int? subcode, int status, FailureKind expected)
    {
        var error = new GraphError(code, subcode, "Graph says so", "GraphMethodException", false, "trace1");

        var failed = FacebookErrorClassifier.Classify(status, error, null);

        Assert.Equal(expected, failed.Kind);
        Assert.Contains($"(#{code}", failed.Detail);
        Assert.Contains("Graph says so", failed.Detail);
    }

    [Theory]
    [InlineData(500, FailureKind.Ambiguous)]
    [InlineData(503, FailureKind.Ambiguous)]
    [InlineData(429, FailureKind.RateLimited)]
    [InlineData(404, FailureKind.Rejected)]
    public void Classify_without_graph_body_uses_http_status(int status, FailureKind expected)
    {
        Assert.Equal(expected, FacebookErrorClassifier.Classify(status, null, null).Kind);
    }

    [Fact]
    public void Classify_unknown_oauth_exception_is_unauthorized()
    {
        var error = new GraphError(999, null, "Something about the session", "OAuthException", false, null);

        Assert.Equal(FailureKind.Unauthorized, FacebookErrorClassifier.Classify(400, error, null).Kind);
    }

    [Fact]
    public void Classify_throttle_uses_regain_time_or_default()
    {
        var error = new GraphError(80001, null, "There have been too many calls", "OAuthException", false, null);

        Assert.Equal(TimeSpan.FromMinutes(7), FacebookErrorClassifier.Classify(400, error, TimeSpan.FromMinutes(7)).RetryAfter);
        Assert.Equal(FacebookErrorClassifier.DefaultThrottleDelay, FacebookErrorClassifier.Classify(400, error, null).RetryAfter);
    }

    [Fact]
    public void Classify_policy_block_368_waits_hours()
    {
        var error = new GraphError(368, 1390008, "Temporarily blocked", "OAuthException", false, null);

        Assert.Equal(FacebookErrorClassifier.PolicyBlockDelay, FacebookErrorClassifier.Classify(400, error, null).RetryAfter);
    }
}

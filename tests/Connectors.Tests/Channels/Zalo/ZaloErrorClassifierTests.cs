using Syndicator.Connectors.Publishing;
using Syndicator.Connectors.Zalo;

namespace Syndicator.Connectors.Tests.Channels.Zalo;

public sealed class ZaloErrorClassifierTests
{
    [Theory]
    [InlineData(-216, "Access token is invalid", FailureKind.Unauthorized)]
    [InlineData(-220, "Access token has expired", FailureKind.Unauthorized)]
    [InlineData(-124, "Access token invalid", FailureKind.Unauthorized)]
    [InlineData(-32, "Rate limit reached", FailureKind.RateLimited)]
    [InlineData(-234, "Cannot send at night", FailureKind.RateLimited)]
    [InlineData(-214, "Article is being processed", FailureKind.Transient)]
    [InlineData(-211, "Out of quota", FailureKind.QuotaExhausted)]
    [InlineData(-218, "Out of quota receive", FailureKind.QuotaExhausted)]
    [InlineData(-223, "Your OA has reach the limit quota create article", FailureKind.QuotaExhausted)]
    [InlineData(-223, "OA has not authorized this API", FailureKind.Unauthorized)]
    [InlineData(-204, "OA is disabled", FailureKind.Unauthorized)]
    [InlineData(-205, "OA does not exist", FailureKind.Unauthorized)]
    [InlineData(-209, "API not supported", FailureKind.Unauthorized)]
    [InlineData(-212, "App has not registered this API", FailureKind.Unauthorized)]
    [InlineData(-219, "App removed", FailureKind.Unauthorized)]
    [InlineData(-221, "OA must be verified", FailureKind.Unauthorized)]
    [InlineData(-224, "OA tier must be upgraded", FailureKind.Unauthorized)]
    [InlineData(-242, "Invalid appsecret_proof", FailureKind.Unauthorized)]
    [InlineData(-201, "title is invalid", FailureKind.Rejected)]
    [InlineData(-210, "Parameter exceeds limit", FailureKind.Rejected)]
    [InlineData(-200, "Upload media failed", FailureKind.Rejected)]
    [InlineData(-100, "attachment_id expired", FailureKind.Rejected)]
    [InlineData(-213, "User has not followed the OA", FailureKind.Rejected)]
    [InlineData(-227, "User banned", FailureKind.Rejected)]
    [InlineData(-230, "User has not interacted", FailureKind.Rejected)]
    [InlineData(-232, "Interaction expired", FailureKind.Rejected)]
    [InlineData(-240, "MessageV2 API has been shut down", FailureKind.Rejected)]
    [InlineData(-999, "Unknown", FailureKind.Rejected)]
    public void Classify_maps_zalo_error_code_to_kind(int code, string message, FailureKind expected)
    {
        var failed = ZaloErrorClassifier.Classify(code, message);

        Assert.Equal(expected, failed.Kind);
        Assert.Contains($"Zalo {code}: {message}", failed.Detail);
    }

    [Theory]
    [InlineData(502, true, FailureKind.Ambiguous)]
    [InlineData(502, false, FailureKind.Transient)]
    [InlineData(429, true, FailureKind.RateLimited)]
    [InlineData(404, true, FailureKind.Rejected)]
    public void ClassifyHttp_without_envelope_uses_status(int status, bool mayHaveApplied, FailureKind expected)
    {
        Assert.Equal(expected, ZaloErrorClassifier.ClassifyHttp(status, mayHaveApplied).Kind);
    }

    [Theory]
    [InlineData(-216, true)]
    [InlineData(-220, true)]
    [InlineData(-124, true)]
    [InlineData(-32, false)]
    public void IsTokenError_selects_codes_cured_by_refresh(int code, bool expected)
    {
        Assert.Equal(expected, ZaloErrorClassifier.IsTokenError(code));
    }
}

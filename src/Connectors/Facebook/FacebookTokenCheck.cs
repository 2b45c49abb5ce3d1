using System.Text.Json;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Facebook;

/// <summary>Checks a Page token with <c>GET /debug_token</c>: valid, type PAGE, <c>pages_manage_posts</c>, expiry.</summary>
public sealed class FacebookTokenCheck(HttpClient httpClient, TimeProvider timeProvider)
{
    /// <summary>Tokens expiring sooner than this are reported as a problem so ops can reconnect in time.</summary>
    public static readonly TimeSpan ExpiryWarning = TimeSpan.FromDays(7);

    private readonly FacebookGraphClient graph = new(httpClient);

    /// <param name="account">The Facebook channel account (settings and Page token).</param>
    /// <param name="inspectorToken">App token (<c>app-id|app-secret</c>) used to inspect; null uses the Page token itself.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<TokenCheckResult> CheckPageTokenAsync(ChannelAccountContext account, string? inspectorToken, CancellationToken cancellationToken)
    {
        if (!FacebookPage.TryCreate(account, out var page, out var invalid))
        {
            return new TokenCheckResult(false, false, null, false, null, [invalid.Detail]);
        }

        GraphReply reply;
        try
        {
            var uri = new Uri(page.VersionRoot, "debug_token?input_token=" + Uri.EscapeDataString(page.Token));
            reply = await graph.GetAsync(uri, inspectorToken ?? page.Token, cancellationToken);
        }
        catch (Exception exception) when (TransportFailure.TryClassify(exception, "Facebook", false, cancellationToken, out var failed))
        {
            return new TokenCheckResult(false, false, null, false, null, [failed.Detail]);
        }

        if (!reply.IsSuccess || !reply.Json!.Value.TryGetProperty("data", out var data))
        {
            var failed = FacebookErrorClassifier.Classify(reply.Status, reply.Error, null);
            return new TokenCheckResult(true, false, null, false, null, [SecretRedactor.Redact(failed.Detail, page.Token, inspectorToken)]);
        }

        return Evaluate(data, page.PageId);
    }

    private TokenCheckResult Evaluate(JsonElement data, string pageId)
    {
        var valid = data.TryGetProperty("is_valid", out var isValid) && isValid.ValueKind == JsonValueKind.True;
        var type = data.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var scopes = data.TryGetProperty("scopes", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).ToArray()
            : [];
        var expiresAt = data.TryGetProperty("expires_at", out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var seconds) && seconds > 0
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        var profile = data.TryGetProperty("profile_id", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        var canPost = scopes.Contains("pages_manage_posts");

        var problems = new List<string>();
        AddIf(problems, !valid, "The token is not valid; reconnect the Page.");
        AddIf(problems, type != "PAGE", $"The token is a {type ?? "unknown"} token, not a Page token.");
        AddIf(problems, !canPost, "The token lacks the pages_manage_posts permission.");
        AddIf(problems, expiresAt < timeProvider.GetUtcNow() + ExpiryWarning, $"The token expires at {expiresAt:u}; reconnect the Page before then.");
        AddIf(problems, profile is not null && profile != pageId, $"The token belongs to Page {profile}, not to the configured Page {pageId}.");
        return new TokenCheckResult(true, valid, type, canPost, expiresAt, problems);
    }

    private static void AddIf(List<string> problems, bool condition, string problem)
    {
        if (condition)
        {
            problems.Add(problem);
        }
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Zalo;

/// <summary>
/// Refreshes OA tokens at <c>POST {oauth}/v4/oa/access_token</c>. Refresh tokens are single-use, so:
/// concurrent refreshes of the same refresh token in this process share one call (a caller holding a stale
/// secret gets the rotated set); the new set is saved through the account's SaveSecretAsync before anyone
/// uses it; and the call plus the save run without the caller's cancellation, because stopping between
/// "Zalo rotated the token" and "we stored it" would lock the OA out. (Across processes the worker must hold
/// a per-account lock.)
/// </summary>
public sealed class ZaloTokenRefresher(HttpClient httpClient, TimeProvider timeProvider)
{
    private static readonly TimeSpan KeepRotated = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (Lazy<Task<(ZaloTokenSet?, PublishOutcome.Failed?)>> Refresh, DateTimeOffset At)> refreshes = new();

    public Task<(ZaloTokenSet? Tokens, PublishOutcome.Failed? Failure)> RefreshAsync(
        ZaloAccount account, ZaloTokenSet current, Func<string, CancellationToken, Task> saveSecretAsync)
    {
        Prune();
        var entry = refreshes.GetOrAdd(
            current.RefreshToken,
            _ => (new Lazy<Task<(ZaloTokenSet?, PublishOutcome.Failed?)>>(() => RefreshAndSaveAsync(account, current, saveSecretAsync)), timeProvider.GetUtcNow()));
        return entry.Refresh.Value;
    }

    private async Task<(ZaloTokenSet?, PublishOutcome.Failed?)> RefreshAndSaveAsync(
        ZaloAccount account, ZaloTokenSet current, Func<string, CancellationToken, Task> saveSecretAsync)
    {
        var (tokens, failure) = await CallAsync(account, current);
        if (tokens is null)
        {
            refreshes.TryRemove(current.RefreshToken, out _);
            return (null, failure);
        }

        await saveSecretAsync(tokens.ToJson(), CancellationToken.None);
        return (tokens, null);
    }

    private async Task<(ZaloTokenSet?, PublishOutcome.Failed?)> CallAsync(ZaloAccount account, ZaloTokenSet current)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(account.OAuthBase, "v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent(
            [
                new("refresh_token", current.RefreshToken), new("app_id", account.AppId), new("grant_type", "refresh_token"),
            ]),
        };
        request.Headers.TryAddWithoutValidation("secret_key", current.AppSecret);
        try
        {
            using var response = await httpClient.SendAsync(request, CancellationToken.None);
            var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            return Parse(body, current);
        }
        catch (Exception exception) when (TransportFailure.TryClassify(exception, "Zalo OAuth", false, CancellationToken.None, out var failed))
        {
            return (null, failed with { Detail = "Refreshing the Zalo access token failed: " + failed.Detail });
        }
    }

    private (ZaloTokenSet?, PublishOutcome.Failed?) Parse(string body, ZaloTokenSet current)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (Text(root, "access_token") is { Length: > 0 } access)
            {
                var seconds = double.TryParse(Text(root, "expires_in"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 90000;
                var expiresAt = timeProvider.GetUtcNow().AddSeconds(seconds);
                return (new ZaloTokenSet(access, Text(root, "refresh_token") ?? current.RefreshToken, expiresAt, current.AppSecret), null);
            }

            var reason = Text(root, "error_name") ?? Text(root, "message") ?? Text(root, "error_reason") ?? "no access_token in the answer";
            return (null, Refused($"{Text(root, "error")} {reason}".Trim()));
        }
        catch (JsonException)
        {
            return (null, new PublishOutcome.Failed(FailureKind.Transient, "Zalo OAuth answered something other than JSON while refreshing the token."));
        }
    }

    private static PublishOutcome.Failed Refused(string reason) => new(
        FailureKind.Unauthorized,
        $"Zalo refused to renew the access token ({reason}); an OA admin must reconnect the OA in Syndicator.");

    private static string? Text(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private void Prune()
    {
        var cutoff = timeProvider.GetUtcNow() - KeepRotated;
        foreach (var (key, value) in refreshes)
        {
            if (value.At < cutoff && value.Refresh.IsValueCreated && value.Refresh.Value.IsCompleted)
            {
                refreshes.TryRemove(key, out _);
            }
        }
    }
}

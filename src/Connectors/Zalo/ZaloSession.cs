using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Zalo;

/// <summary>
/// The token state of one publish or reconcile: refreshes proactively before expiry, and once after a token
/// error (-216/-220/-124), repeating only that rejected call (nothing was applied).
/// </summary>
public sealed class ZaloSession(
    ZaloAccount account,
    ZaloTokenRefresher refresher,
    Func<string, CancellationToken, Task> saveSecretAsync,
    TimeProvider timeProvider,
    TimeSpan refreshMargin)
{
    private ZaloTokenSet tokens = account.Tokens;
    private bool refreshed;

    public ZaloAccount Account => account;

    /// <summary>
    /// Runs <paramref name="call"/> with a valid access token. Returns the reply when Zalo answered with an
    /// envelope (the caller classifies its error code), otherwise a classified failure.
    /// </summary>
    public async Task<(ZaloReply? Reply, PublishOutcome.Failed? Failure)> CallAsync(
        Func<string, Task<ZaloReply>> call, bool mayHaveApplied, CancellationToken cancellationToken)
    {
        if (tokens.ExpiresAt - timeProvider.GetUtcNow() < refreshMargin && await RefreshAsync() is { } expired)
        {
            return (null, expired);
        }

        var (reply, failure) = await TryCallAsync(call, mayHaveApplied, cancellationToken);
        if (reply?.Error is { } code && ZaloErrorClassifier.IsTokenError(code) && !refreshed)
        {
            if (await RefreshAsync() is { } refreshFailure)
            {
                return (null, refreshFailure);
            }

            (reply, failure) = await TryCallAsync(call, mayHaveApplied, cancellationToken);
        }

        return (reply, failure);
    }

    private async Task<PublishOutcome.Failed?> RefreshAsync()
    {
        refreshed = true;
        var (renewed, failure) = await refresher.RefreshAsync(account, tokens, saveSecretAsync);
        tokens = renewed ?? tokens;
        return failure;
    }

    private async Task<(ZaloReply?, PublishOutcome.Failed?)> TryCallAsync(
        Func<string, Task<ZaloReply>> call, bool mayHaveApplied, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await call(tokens.AccessToken);
            return reply.Error is null ? (null, ZaloErrorClassifier.ClassifyHttp(reply.HttpStatus, mayHaveApplied)) : (reply, null);
        }
        catch (Exception exception) when (TransportFailure.TryClassify(exception, "Zalo", mayHaveApplied, cancellationToken, out var failed))
        {
            return (null, failed);
        }
    }
}

using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Zalo;

/// <summary>
/// Publishes an article to a Zalo Official Account: create (→ token, checkpointed) → verify (→ article id,
/// checkpointed) → optional broadcast to followers inside the daytime window. Re-runs resume from checkpoints,
/// so a retry never creates a second article. Tokens are refreshed before expiry and the rotated pair is saved
/// before use. Register as a singleton so concurrent refreshes of one OA share a single call.
/// </summary>
public sealed class ZaloConnector : IChannelConnector
{
    private readonly TimeProvider timeProvider;
    private readonly ZaloOptions options;
    private readonly ZaloTokenRefresher refresher;
    private readonly ZaloArticleSteps articles;
    private readonly ZaloBroadcaster broadcaster;

    public ZaloConnector(HttpClient httpClient, TimeProvider timeProvider, ZaloOptions? options = null)
    {
        this.timeProvider = timeProvider;
        this.options = options ?? new ZaloOptions();
        var api = new ZaloApi(httpClient);
        refresher = new ZaloTokenRefresher(httpClient, timeProvider);
        articles = new ZaloArticleSteps(api, timeProvider, this.options);
        broadcaster = new ZaloBroadcaster(api, timeProvider);
    }

    public string Kind => "zalo";

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (!ZaloAccount.TryCreate(request.Account, out var account, out var invalid))
        {
            return invalid;
        }

        var session = Session(account, request);
        var (articleId, failure) = await articles.EnsureArticleAsync(session, request, cancellationToken);
        if (articleId is null)
        {
            return failure!;
        }

        return account.Broadcast
            ? await broadcaster.BroadcastAsync(session, request, articleId, cancellationToken)
            : new PublishOutcome.Published(articleId, null);
    }

    /// <summary>
    /// Finds the article of an earlier attempt (checkpointed id, checkpointed token → verify, or the title among
    /// recent articles) and checkpoints its id. When a broadcast is still owed it returns null: a retry is then
    /// safe because it resumes from the checkpoint and only broadcasts.
    /// </summary>
    public async Task<PublishOutcome.Published?> ReconcileAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (!ZaloAccount.TryCreate(request.Account, out var account, out var invalid))
        {
            throw new ReconcileFailedException(invalid.Detail);
        }

        var articleId = await FindArticleAsync(Session(account, request), request, cancellationToken);
        if (articleId is null)
        {
            return null;
        }

        await request.SaveCheckpointAsync(ZaloCheckpoints.ArticleId, articleId, cancellationToken);
        return account.Broadcast && ZaloBroadcaster.IsPending(request.Checkpoint) ? null : new PublishOutcome.Published(articleId, null);
    }

    private async Task<string?> FindArticleAsync(ZaloSession session, PublishRequest request, CancellationToken cancellationToken)
    {
        if (request.Checkpoint.TryGetValue(ZaloCheckpoints.ArticleId, out var saved))
        {
            return saved;
        }

        if (request.Checkpoint.TryGetValue(ZaloCheckpoints.Token, out var token))
        {
            return (await articles.VerifyOnceAsync(session, token, cancellationToken)).ArticleId;
        }

        return await articles.FindByTitleAsync(session, ZaloArticleBody.Title(request.Content), cancellationToken);
    }

    private ZaloSession Session(ZaloAccount account, PublishRequest request) =>
        new(account, refresher, request.Account.SaveSecretAsync, timeProvider, options.RefreshMargin);
}

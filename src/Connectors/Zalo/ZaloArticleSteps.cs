using System.Text.Json;
using System.Text.Json.Nodes;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Zalo;

/// <summary>
/// Article create → verify, resuming from checkpoints: an article id skips both steps, a token skips create.
/// Checkpoints written after a remote side effect are saved without the caller's cancellation, so a cancelled
/// attempt cannot forget an article that Zalo already created.
/// </summary>
public sealed class ZaloArticleSteps(ZaloApi api, TimeProvider timeProvider, ZaloOptions options)
{
    public async Task<(string? ArticleId, PublishOutcome.Failed? Failure)> EnsureArticleAsync(
        ZaloSession session, PublishRequest request, CancellationToken cancellationToken)
    {
        if (request.Checkpoint.TryGetValue(ZaloCheckpoints.ArticleId, out var saved))
        {
            return (saved, null);
        }

        if (!request.Checkpoint.TryGetValue(ZaloCheckpoints.Token, out var token))
        {
            var (created, createFailure) = await CreateAsync(session, request.Content, cancellationToken);
            if (created is null)
            {
                return (null, createFailure);
            }

            await request.SaveCheckpointAsync(ZaloCheckpoints.Token, created, CancellationToken.None);
            token = created;
        }

        var (id, failure) = await VerifyAsync(session, token, cancellationToken);
        if (id is not null)
        {
            await request.SaveCheckpointAsync(ZaloCheckpoints.ArticleId, id, CancellationToken.None);
        }

        return (id, failure);
    }

    /// <summary>One verify call: the article id, or null with a failure; <c>Processing</c> is Zalo's -214.</summary>
    public async Task<(string? ArticleId, PublishOutcome.Failed? Failure, bool Processing)> VerifyOnceAsync(
        ZaloSession session, string token, CancellationToken cancellationToken)
    {
        var uri = new Uri(session.Account.ApiBase, "v2.0/article/verify");
        var (reply, failure) = await session.CallAsync(t => api.PostAsync(uri, new JsonObject { ["token"] = token }, t, cancellationToken), false, cancellationToken);
        if (reply is not { IsSuccess: true })
        {
            return (null, failure ?? ZaloErrorClassifier.Classify(reply!.Error!.Value, reply.Message), reply?.Error == -214);
        }

        var id = reply.DataText("id") ?? reply.DataText("article_id");
        return id is null ? (null, new PublishOutcome.Failed(FailureKind.Transient, "Zalo verified the article but returned no id."), false) : (id, null, false);
    }

    /// <summary>Looks for an article with exactly this title among the 20 most recent (reconcile without checkpoints).</summary>
    public async Task<string?> FindByTitleAsync(ZaloSession session, string title, CancellationToken cancellationToken)
    {
        for (var offset = 0; offset < 20; offset += 10)
        {
            var uri = new Uri(session.Account.ApiBase, $"v2.0/article/getslice?offset={offset}&limit=10&type=normal");
            var (reply, failure) = await session.CallAsync(t => api.GetAsync(uri, t, cancellationToken), false, cancellationToken);
            if (reply is not { IsSuccess: true })
            {
                throw new ReconcileFailedException((failure ?? ZaloErrorClassifier.Classify(reply!.Error!.Value, reply.Message)).Detail);
            }

            if (!reply.Data.TryGetProperty("medias", out var medias) || medias.ValueKind != JsonValueKind.Array || medias.GetArrayLength() == 0)
            {
                return null;
            }

            if (medias.EnumerateArray().FirstOrDefault(m => Text(m, "title") == title) is { ValueKind: JsonValueKind.Object } match)
            {
                return Text(match, "id");
            }
        }

        return null;
    }

    private async Task<(string? Token, PublishOutcome.Failed? Failure)> CreateAsync(ZaloSession session, ChannelContent content, CancellationToken cancellationToken)
    {
        var uri = new Uri(session.Account.ApiBase, "v2.0/article/create");
        var body = ZaloArticleBody.Build(content, session.Account);
        var (reply, failure) = await session.CallAsync(t => api.PostAsync(uri, body, t, cancellationToken), true, cancellationToken);
        if (reply is not { IsSuccess: true })
        {
            return (null, failure ?? ZaloErrorClassifier.Classify(reply!.Error!.Value, reply.Message));
        }

        return reply.DataText("token") is { } token
            ? (token, null)
            : (null, new PublishOutcome.Failed(FailureKind.Ambiguous, "Zalo accepted the article but returned no token; reconcile before retrying."));
    }

    private async Task<(string?, PublishOutcome.Failed?)> VerifyAsync(ZaloSession session, string token, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (id, failure, processing) = await VerifyOnceAsync(session, token, cancellationToken);
            if (!processing)
            {
                return (id, failure);
            }

            if (attempt >= options.VerifyAttempts)
            {
                return (null, new PublishOutcome.Failed(
                    FailureKind.Transient, "Zalo is still processing the article; the next attempt resumes verification (no second article).", options.ProcessingRetryAfter));
            }

            await Task.Delay(options.VerifyDelay, timeProvider, cancellationToken);
        }
    }

    private static string? Text(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null
            : null;
}

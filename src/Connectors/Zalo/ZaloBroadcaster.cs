using System.Text.Json.Nodes;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Zalo;

/// <summary>
/// Broadcasts a created article to the OA's followers (<c>POST /v2.0/oa/message</c>), at most once: the
/// "sending" checkpoint is saved before the call, and a broadcast whose outcome is unknown is never repeated
/// (there is no idempotency key and a repeat spams followers).
/// </summary>
public sealed class ZaloBroadcaster(ZaloApi api, TimeProvider timeProvider)
{
    public async Task<PublishOutcome> BroadcastAsync(ZaloSession session, PublishRequest request, string articleId, CancellationToken cancellationToken)
    {
        var published = new PublishOutcome.Published(articleId, null);
        if (!IsPending(request.Checkpoint))
        {
            return published;
        }

        if (session.Account.Window.UntilOpen(timeProvider.GetUtcNow()) is { } wait)
        {
            return new PublishOutcome.Failed(FailureKind.RateLimited, $"The Zalo article {articleId} is created; its broadcast waits for the daytime window.", wait);
        }

        await request.SaveCheckpointAsync(ZaloCheckpoints.Broadcast, ZaloCheckpoints.Sending, cancellationToken);
        var uri = new Uri(session.Account.ApiBase, "v2.0/oa/message");
        var (reply, failure) = await session.CallAsync(t => api.PostAsync(uri, Body(articleId), t, cancellationToken), true, cancellationToken);
        if (failure is { Kind: FailureKind.Ambiguous })
        {
            return failure with { Detail = $"The Zalo article {articleId} is created, but the broadcast outcome is unknown; it will not be re-sent. Check the OA manager. " + failure.Detail };
        }

        if (reply is { IsSuccess: true })
        {
            await request.SaveCheckpointAsync(ZaloCheckpoints.MessageId, reply.DataText("message_id") ?? string.Empty, CancellationToken.None);
            return published;
        }

        await request.SaveCheckpointAsync(ZaloCheckpoints.Broadcast, ZaloCheckpoints.FailedState, CancellationToken.None);
        var refused = failure ?? ZaloErrorClassifier.Classify(reply!.Error!.Value, reply.Message);
        return reply?.Error == -234 ? refused with { RetryAfter = session.Account.Window.UntilOpen(timeProvider.GetUtcNow()) ?? refused.RetryAfter } : refused;
    }

    /// <summary>True when a broadcast is still owed: none sent, and none attempted with an unknown outcome.</summary>
    public static bool IsPending(IReadOnlyDictionary<string, string> checkpoint) =>
        !checkpoint.ContainsKey(ZaloCheckpoints.MessageId)
        && checkpoint.GetValueOrDefault(ZaloCheckpoints.Broadcast) != ZaloCheckpoints.Sending;

    private static JsonObject Body(string articleId) => new()
    {
        ["recipient"] = new JsonObject { ["target"] = new JsonObject() },
        ["message"] = new JsonObject
        {
            ["attachment"] = new JsonObject
            {
                ["type"] = "template",
                ["payload"] = new JsonObject
                {
                    ["template_type"] = "media",
                    ["elements"] = new JsonArray(new JsonObject { ["media_type"] = "article", ["attachment_id"] = articleId }),
                },
            },
        },
    };
}

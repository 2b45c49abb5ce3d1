using System.Text.Json;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Facebook;

/// <summary>
/// Finds our post among the Page's posts by its marker line. With the delivery's first-attempt time it pages through
/// every post since then (Graph <c>since</c> + <c>after</c> cursors), so a busy Page cannot push the earlier attempt
/// out of view; without it, it reads the 100 most recent posts.
/// </summary>
internal sealed class FacebookPostSearch(FacebookGraphClient graph)
{
    /// <summary>Checkpoint key: Unix seconds of the delivery's first publish attempt on Facebook.</summary>
    public const string FirstAttemptKey = "facebook.firstAttemptAt";

    private const int PageSize = 100;
    private const int MaxPages = 20;
    private static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(15);

    public async Task<(PublishOutcome.Published? Found, FacebookUsage Usage)> FindAsync(
        FacebookPage page, string deliveryKey, long? firstAttemptUnix, CancellationToken cancellationToken)
    {
        var since = firstAttemptUnix - (long)ClockMargin.TotalSeconds;
        string? after = null;
        var usage = FacebookUsage.None;
        for (var round = 0; round < (since is null ? 1 : MaxPages); round++)
        {
            var query = $"posts?fields=id,message,link,created_time&limit={PageSize}"
                + (since is { } s ? $"&since={s}" : "") + (after is null ? "" : $"&after={Uri.EscapeDataString(after)}");
            var reply = await graph.GetAsync(page.Edge(query), page.Token, cancellationToken);
            usage = reply.Usage.MaxPercent is null ? usage : reply.Usage;
            if (!reply.IsSuccess) throw new ReconcileFailedException(FailureOf(reply, page));
            if (FindMarked(reply.Json!.Value, deliveryKey) is { } found) return (found, usage);
            after = NextCursor(reply.Json.Value);
            if (after is null) return (null, usage);
        }
        if (since is null) return (null, usage);
        throw new ReconcileFailedException($"More than {PageSize * MaxPages} posts since the first attempt: could not make sure it was not published.");
    }

    private static string FailureOf(GraphReply reply, FacebookPage page)
    {
        var failed = FacebookErrorClassifier.Classify(reply.Status, reply.Error, reply.Usage.RegainAccess);
        return SecretRedactor.Redact(failed.Detail, page.Token);
    }

    private static string? NextCursor(JsonElement json) =>
        json.TryGetProperty("paging", out var paging) && paging.ValueKind == JsonValueKind.Object
        && paging.TryGetProperty("next", out _)
        && paging.TryGetProperty("cursors", out var cursors) && cursors.ValueKind == JsonValueKind.Object
        && cursors.TryGetProperty("after", out var after) && after.ValueKind == JsonValueKind.String
            ? after.GetString()
            : null;

    private static PublishOutcome.Published? FindMarked(JsonElement json, string deliveryKey)
    {
        if (!json.TryGetProperty("data", out var posts) || posts.ValueKind != JsonValueKind.Array) return null;
        var match = posts.EnumerateArray().FirstOrDefault(post =>
            post.ValueKind == JsonValueKind.Object && post.TryGetProperty("message", out var message)
            && message.ValueKind == JsonValueKind.String && FacebookMarker.IsIn(message.GetString(), deliveryKey));
        return match.ValueKind == JsonValueKind.Object && match.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? FacebookConnector.Published(id.GetString()!)
            : null;
    }
}

using System.Text.Json;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Facebook;

/// <summary>
/// Publishes to a Facebook Page: <c>/{page}/feed</c> (message + link) or <c>/{page}/photos</c> (image + caption
/// when there is no link). The message ends with a <see cref="FacebookMarker"/> line that reconcile looks for.
/// The latest usage headers are exposed through <see cref="LastUsage"/> so the scheduler can slow down.
/// </summary>
public sealed class FacebookConnector(HttpClient httpClient, TimeProvider timeProvider) : IChannelConnector
{
    private readonly FacebookGraphClient graph = new(httpClient);
    private FacebookPostSearch Search => new(graph);
    private FacebookUsage lastUsage = FacebookUsage.None;

    public string Kind => "facebook";

    /// <summary>Usage seen on the most recent Graph answer that carried usage headers (with <see cref="FacebookUsage.ObservedAt"/>).</summary>
    public FacebookUsage LastUsage => Volatile.Read(ref lastUsage);

    /// <summary>Highest usage percentage last seen; ≥ <see cref="FacebookUsage.SlowDownPercent"/> means slow down.</summary>
    public int? LastUsagePercent => LastUsage.MaxPercent;

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (!FacebookPage.TryCreate(request.Account, out var page, out var invalid))
        {
            return invalid;
        }

        var (edge, fields) = Compose(request);
        if (!request.Checkpoint.ContainsKey(FacebookPostSearch.FirstAttemptKey))
        {
            // Saved before the POST, so a later reconcile knows how far back to look for this attempt.
            await request.SaveCheckpointAsync(FacebookPostSearch.FirstAttemptKey, timeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        }

        GraphReply reply;
        try
        {
            reply = await graph.PostFormAsync(page.Edge(edge), fields, page.Token, cancellationToken);
        }
        catch (Exception exception) when (TransportFailure.TryClassify(exception, "Facebook", true, cancellationToken, out var failed))
        {
            return failed;
        }

        Remember(reply.Usage);
        if (reply.IsSuccess)
        {
            return (reply.Text("post_id") ?? reply.Text("id")) is { } id
                ? Published(id)
                : new PublishOutcome.Failed(FailureKind.Ambiguous, "Facebook accepted the post but returned no id; reconcile before retrying.");
        }

        var failure = Classify(reply, page);
        return reply.Error?.Code == 506 && await TryFindAsync(page, request, cancellationToken) is { } earlier ? earlier : failure;
    }

    public Task<PublishOutcome.Published?> ReconcileAsync(PublishRequest request, CancellationToken cancellationToken) =>
        FacebookPage.TryCreate(request.Account, out var page, out var invalid)
            ? FindAsync(page, request, cancellationToken)
            : throw new ReconcileFailedException(invalid.Detail);

    /// <summary>Looks for our marker among the Page's posts since the first attempt; throws when the look-up fails.</summary>
    private async Task<PublishOutcome.Published?> FindAsync(FacebookPage page, PublishRequest request, CancellationToken cancellationToken)
    {
        long? firstAttempt = request.Checkpoint.TryGetValue(FacebookPostSearch.FirstAttemptKey, out var raw)
            && long.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var unix) ? unix : null;
        try
        {
            var (found, usage) = await Search.FindAsync(page, request.DeliveryKey, firstAttempt, cancellationToken);
            Remember(usage);
            return found;
        }
        catch (Exception exception) when (TransportFailure.TryClassify(exception, "Facebook", false, cancellationToken, out var failed))
        {
            throw new ReconcileFailedException(failed.Detail, exception);
        }
    }

    private async Task<PublishOutcome.Published?> TryFindAsync(FacebookPage page, PublishRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await FindAsync(page, request, cancellationToken);
        }
        catch (ReconcileFailedException)
        {
            return null;
        }
    }

    private static (string Edge, KeyValuePair<string, string>[] Fields) Compose(PublishRequest request)
    {
        var content = request.Content;
        var message = FacebookMarker.AppendTo(content.Text, request.DeliveryKey);
        if (content.Link is null && content.ImageUrl is { } image)
        {
            return ("photos", [new("url", image), new("caption", message)]);
        }

        return content.Link is { } link ? ("feed", [new("message", message), new("link", link)]) : ("feed", [new("message", message)]);
    }

    private static PublishOutcome.Failed Classify(GraphReply reply, FacebookPage page)
    {
        var failed = FacebookErrorClassifier.Classify(reply.Status, reply.Error, reply.Usage.RegainAccess);
        return failed with { Detail = SecretRedactor.Redact(failed.Detail, page.Token) };
    }

    private void Remember(FacebookUsage usage)
    {
        if (usage.MaxPercent is not null)
        {
            Volatile.Write(ref lastUsage, usage with { ObservedAt = timeProvider.GetUtcNow() });
        }
    }

    internal static PublishOutcome.Published Published(string id) => new(id, "https://www.facebook.com/" + id);
}

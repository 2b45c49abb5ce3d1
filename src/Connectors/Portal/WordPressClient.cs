using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Portal;

/// <summary>The WordPress REST calls used by the connector. Each returns a post or a classified failure.</summary>
public sealed class WordPressClient(HttpClient httpClient, TimeProvider timeProvider, WordPressSite site)
{
    private const string AllStatuses = "publish,future,draft,pending,private";

    /// <summary>Finds a post by exact slug in any status (needs an authenticated editor).</summary>
    public async Task<(WordPressPost? Post, PublishOutcome.Failed? Failure)> FindBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        var uri = new Uri(site.ApiRoot, $"posts?slug={Uri.EscapeDataString(slug)}&status={AllStatuses}&context=edit&_fields=id,slug,link,status");
        var (reply, failure) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), mayHaveApplied: false, cancellationToken);
        if (failure is not null)
        {
            return (null, failure);
        }

        if (reply!.Json is not { ValueKind: JsonValueKind.Array } list)
        {
            return (null, WordPressErrorClassifier.Classify(reply.Status, null, null));
        }

        var post = list.EnumerateArray().Select(WordPressPost.From).FirstOrDefault(p => p?.Slug == slug);
        return (post, null);
    }

    public async Task<(WordPressPost? Post, PublishOutcome.Failed? Failure)> CreateAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(site.ApiRoot, "posts")) { Content = JsonContent.Create(body) };
        var (reply, failure) = await SendAsync(request, mayHaveApplied: true, cancellationToken);
        if (failure is not null)
        {
            return (null, failure);
        }

        var post = WordPressPost.From(reply!.Json!.Value);
        return post is null
            ? (null, new PublishOutcome.Failed(FailureKind.Ambiguous, "WordPress answered the create without a post id; the post may exist."))
            : (post, null);
    }

    /// <summary>Moves a post to the trash (no <c>force</c>, so an editor can restore it).</summary>
    public async Task<PublishOutcome.Failed?> TrashAsync(long id, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(site.ApiRoot, $"posts/{id}"));
        var (_, failure) = await SendAsync(request, mayHaveApplied: true, cancellationToken);
        return failure;
    }

    /// <summary>Uploads raw image bytes as a media item; returns the attachment id or a classified failure.</summary>
    public async Task<(long? MediaId, PublishOutcome.Failed? Failure)> UploadMediaAsync(
        byte[] bytes, string mediaType, string fileName, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new(mediaType);
        content.Headers.ContentDisposition = new("attachment") { FileName = $"\"{fileName}\"" };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(site.ApiRoot, "media")) { Content = content };
        var (reply, failure) = await SendAsync(request, mayHaveApplied: true, cancellationToken);
        return failure is not null ? (null, failure) : (WordPressPost.From(reply!.Json!.Value)?.Id, null);
    }

    private async Task<(WordPressReply? Reply, PublishOutcome.Failed? Failure)> SendAsync(
        HttpRequestMessage request, bool mayHaveApplied, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = site.Authorization;
        try
        {
            using var response = await httpClient.SendAsync(request, cancellationToken);
            var reply = await WordPressReply.ReadAsync(response, timeProvider, cancellationToken);
            if (reply.IsSuccess)
            {
                return (reply, null);
            }

            var failed = WordPressErrorClassifier.Classify(reply.Status, WordPressError.From(reply.Json), reply.RetryAfter);
            return (null, Redact(mayHaveApplied ? failed : TransportFailure.AsReadFailure(failed)));
        }
        catch (Exception exception) when (TransportFailure.TryClassify(exception, "WordPress", mayHaveApplied, cancellationToken, out var failed))
        {
            return (null, failed);
        }
        finally
        {
            request.Dispose();
        }
    }

    private PublishOutcome.Failed Redact(PublishOutcome.Failed failed) =>
        failed with { Detail = SecretRedactor.Redact(failed.Detail, site.Secret, site.Secret.Split(':', 2)[1]) };
}

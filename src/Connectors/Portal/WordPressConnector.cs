using System.Text.Json.Nodes;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Portal;

/// <summary>
/// Publishes to a WordPress site through <c>/wp-json/wp/v2/posts</c>. Creation is idempotent by slug: an
/// existing post with the delivery's slug (any status) is the earlier attempt's result; a "-2" duplicate
/// produced by a race is trashed and the original returned.
/// </summary>
public sealed class WordPressConnector(HttpClient httpClient, TimeProvider timeProvider, WordPressOptions? options = null) : IChannelConnector
{
    private readonly WordPressFeaturedImage featuredImage = new(httpClient, options ?? new WordPressOptions());

    public string Kind => "wordpress";

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (!WordPressSite.TryCreate(request.Account, out var site, out var invalid))
        {
            return invalid;
        }

        var client = new WordPressClient(httpClient, timeProvider, site);
        var slug = WordPressSlug.From(request.Content.Slug ?? request.DeliveryKey);
        var (existing, lookupFailure) = await client.FindBySlugAsync(slug, cancellationToken);
        if (lookupFailure is not null || existing is not null)
        {
            return lookupFailure ?? (PublishOutcome)Published(existing!);
        }

        long? mediaId = null;
        if (site.FeaturedImage && request.Content.ImageUrl is { } imageUrl)
        {
            var (id, imageFailure) = await featuredImage.UploadAsync(client, imageUrl, slug, cancellationToken);
            if (imageFailure is not null)
            {
                return imageFailure;
            }

            mediaId = id;
        }

        var (created, createFailure) = await client.CreateAsync(PostBody(request.Content, site, slug, mediaId), cancellationToken);
        if (createFailure is not null)
        {
            return createFailure;
        }

        return created!.Slug == slug ? Published(created) : await ResolveDuplicateAsync(client, created, slug, cancellationToken);
    }

    public async Task<PublishOutcome.Published?> ReconcileAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (!WordPressSite.TryCreate(request.Account, out var site, out var invalid))
        {
            throw new ReconcileFailedException(invalid.Detail);
        }

        var client = new WordPressClient(httpClient, timeProvider, site);
        var (post, failure) = await client.FindBySlugAsync(WordPressSlug.From(request.Content.Slug ?? request.DeliveryKey), cancellationToken);
        return failure is not null ? throw new ReconcileFailedException(failure.Detail) : post is null ? null : Published(post);
    }

    /// <summary>WordPress renamed our slug, so a concurrent attempt created the original: trash ours, report theirs.</summary>
    private static async Task<PublishOutcome> ResolveDuplicateAsync(WordPressClient client, WordPressPost created, string slug, CancellationToken cancellationToken)
    {
        var (original, failure) = await client.FindBySlugAsync(slug, cancellationToken);
        if (failure is not null || original is null || original.Id == created.Id)
        {
            return Published(created);
        }

        await client.TrashAsync(created.Id, cancellationToken);
        return Published(original);
    }

    private static JsonObject PostBody(ChannelContent content, WordPressSite site, string slug, long? mediaId)
    {
        var body = new JsonObject
        {
            ["title"] = content.Title,
            ["content"] = content.Html,
            ["excerpt"] = content.Summary ?? string.Empty,
            ["status"] = "publish",
            ["slug"] = slug,
        };
        if (site.Categories.Count > 0)
        {
            body["categories"] = new JsonArray(site.Categories.Select(id => (JsonNode)id).ToArray());
        }

        if (site.Tags.Count > 0)
        {
            body["tags"] = new JsonArray(site.Tags.Select(id => (JsonNode)id).ToArray());
        }

        if (mediaId is { } media)
        {
            body["featured_media"] = media;
        }

        return body;
    }

    private static PublishOutcome.Published Published(WordPressPost post) =>
        new(post.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), post.Link);
}

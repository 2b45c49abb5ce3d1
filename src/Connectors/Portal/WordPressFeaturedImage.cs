using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Portal;

/// <summary>
/// Downloads the cover image (size-capped) and uploads it as WordPress media. Any problem with the image
/// itself means "publish without a featured image"; only a 5xx or time-out from the upload stops the publish.
/// </summary>
public sealed class WordPressFeaturedImage(HttpClient httpClient, WordPressOptions options)
{
    public async Task<(long? MediaId, PublishOutcome.Failed? Failure)> UploadAsync(
        WordPressClient client, string imageUrl, string slug, CancellationToken cancellationToken)
    {
        var image = await DownloadAsync(imageUrl, cancellationToken);
        if (image is null)
        {
            return (null, null);
        }

        var (mediaId, failure) = await client.UploadMediaAsync(image.Value.Bytes, image.Value.MediaType, slug + Extension(image.Value.MediaType), cancellationToken);
        if (failure is { Kind: FailureKind.Ambiguous or FailureKind.Transient or FailureKind.RateLimited })
        {
            var detail = "Uploading the featured image failed, the post was not created: " + failure.Detail;
            return (null, failure with { Kind = failure.Kind == FailureKind.RateLimited ? FailureKind.RateLimited : FailureKind.Transient, Detail = detail });
        }

        return (mediaId, null);
    }

    private async Task<(byte[] Bytes, string MediaType)?> DownloadAsync(string imageUrl, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(imageUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        try
        {
            using var response = await httpClient.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!response.IsSuccessStatusCode || mediaType?.StartsWith("image/", StringComparison.Ordinal) != true
                || response.Content.Headers.ContentLength > options.MaxImageBytes)
            {
                return null;
            }

            var bytes = await ReadCappedAsync(response.Content, cancellationToken);
            return bytes is null ? null : (bytes, mediaType);
        }
        catch (Exception exception) when (TransportFailure.TryClassify(exception, "the image host", false, cancellationToken, out _))
        {
            return null;
        }
    }

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxImageBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static string Extension(string mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        _ => ".jpg",
    };
}

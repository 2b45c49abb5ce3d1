using System.Text.Json;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Outbox;

/// <summary>
/// Writes each delivery as <c>&lt;deliveryKey&gt;.json</c> into <see cref="OutboxSettings.Directory"/>.
/// An existing file is the result of an earlier attempt and counts as published.
/// </summary>
public sealed class OutboxConnector(TimeProvider timeProvider) : IChannelConnector
{
    public string Kind => "outbox";

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (!TryResolvePath(request, out var path, out var invalid))
        {
            return invalid;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(ToDocument(request), OutboxJson.Options);
            await AtomicFile.TryCreateAsync(path, bytes, cancellationToken);
            return Published(request.DeliveryKey, path);
        }
        catch (UnauthorizedAccessException)
        {
            return new PublishOutcome.Failed(FailureKind.Rejected, $"The outbox directory '{Path.GetDirectoryName(path)}' is not writable.");
        }
        catch (IOException exception)
        {
            return new PublishOutcome.Failed(FailureKind.Transient, $"Writing the outbox file failed: {exception.Message}");
        }
    }

    public Task<PublishOutcome.Published?> ReconcileAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var found = TryResolvePath(request, out var path, out _) && File.Exists(path)
            ? Published(request.DeliveryKey, path)
            : null;
        return Task.FromResult(found);
    }

    private static bool TryResolvePath(PublishRequest request, out string path, out PublishOutcome.Failed invalid)
    {
        path = string.Empty;
        invalid = new PublishOutcome.Failed(FailureKind.Rejected, "The outbox channel has no 'directory' setting.");
        if (!request.Account.Settings.TryGetValue(OutboxSettings.Directory, out var directory) || string.IsNullOrWhiteSpace(directory))
        {
            return false;
        }

        if (!DeliveryFileName.IsSafe(request.DeliveryKey))
        {
            invalid = new PublishOutcome.Failed(FailureKind.Rejected, "The delivery key is not a safe file name.");
            return false;
        }

        path = Path.Combine(Path.GetFullPath(directory), request.DeliveryKey + ".json");
        return true;
    }

    private OutboxDocument ToDocument(PublishRequest request)
    {
        var content = request.Content;
        return new OutboxDocument(
            request.DeliveryKey, content.Title, content.Text, content.Html, content.Summary, content.Link,
            content.ImageUrl, content.Slug, content.Hashtags, content.Categories, timeProvider.GetUtcNow());
    }

    private static PublishOutcome.Published Published(string deliveryKey, string path) =>
        new("outbox:" + deliveryKey, new Uri(path).AbsoluteUri);
}

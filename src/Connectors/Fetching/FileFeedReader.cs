namespace Syndicator.Connectors.Fetching;

/// <summary>Reads file:// sources, only when allowed and only under the configured root.</summary>
internal sealed class FileFeedReader(FetcherOptions options)
{
    public async Task<FetchResult> ReadAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var path = AllowedPath(request.Url);
        if (path is null)
        {
            return new FetchResult.Failed("file:// URL not allowed (outside the allowed file root or file scheme disabled)", true, null);
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return new FetchResult.Failed($"file not found: {request.Url.LocalPath}", true, null);
        }

        var lastModified = new DateTimeOffset(file.LastWriteTimeUtc.Ticks - (file.LastWriteTimeUtc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        if (request.LastModified is { } since && since >= lastModified)
        {
            return new FetchResult.NotModified(null);
        }

        if (file.Length > options.MaxBodyBytes)
        {
            return new FetchResult.Failed(ByteSize.TooLarge(options.MaxBodyBytes), false, null);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        var body = await CappedBodyReader.ReadAsync(stream, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        return body is null
            ? new FetchResult.Failed(ByteSize.TooLarge(options.MaxBodyBytes), false, null)
            : new FetchResult.Fetched(body, null, null, lastModified, request.Url, null);
    }

    /// <summary>The full path when file access is enabled and the path (links resolved) lies under the root.</summary>
    private string? AllowedPath(Uri url)
    {
        if (!options.AllowFileScheme || string.IsNullOrWhiteSpace(options.AllowedFileRoot) || !string.IsNullOrEmpty(url.Host))
        {
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.AllowedFileRoot)) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(url.LocalPath);
        if (!IsUnder(path, root) || HasLinkedDirectory(Path.GetDirectoryName(path), root))
        {
            return null;
        }

        var target = File.Exists(path) ? new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : path;
        return IsUnder(Path.GetFullPath(target), root) ? path : null;
    }

    // A symbolic link to a directory below the root could lead outside it; such paths are refused.
    private static bool HasLinkedDirectory(string? directory, string root)
    {
        for (var current = directory; current is not null && IsUnder(current + Path.DirectorySeparatorChar, root); current = Path.GetDirectoryName(current))
        {
            if (new DirectoryInfo(current).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnder(string path, string root) => path.StartsWith(root, StringComparison.Ordinal);
}

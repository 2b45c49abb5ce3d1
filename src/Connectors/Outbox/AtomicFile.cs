namespace Syndicator.Connectors.Outbox;

/// <summary>Creates a file by writing a temporary sibling, flushing it to disk and moving it into place.</summary>
public static class AtomicFile
{
    /// <summary>Returns false (and leaves the existing file untouched) when <paramref name="path"/> already exists.</summary>
    public static async Task<bool> TryCreateAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            return false;
        }

        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            return TryMoveIntoPlace(temp, path);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Moves an already written temporary file into place; false when the target exists.</summary>
    public static bool TryMoveIntoPlace(string temp, string path)
    {
        try
        {
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }
}

using System.Buffers;

namespace Syndicator.Connectors.Fetching;

/// <summary>Reads a stream up to a byte cap; never buffers more than the cap plus one read.</summary>
internal static class CappedBodyReader
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>The bytes read, or null when the stream holds more than <paramref name="maxBytes"/>.</summary>
    public static Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken) =>
        ReadAsync(stream, maxBytes, () => cancellationToken);

    /// <summary>As above, each read cancelled by an <see cref="IdleReadGuard"/> when no bytes come for its limit.</summary>
    public static Task<byte[]?> ReadAsync(Stream stream, long maxBytes, IdleReadGuard idle) =>
        ReadAsync(stream, maxBytes, idle.NextRead);

    private static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, Func<CancellationToken> nextRead)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), nextRead()).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.ToArray();
                }

                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}

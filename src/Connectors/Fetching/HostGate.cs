using System.Collections.Concurrent;

namespace Syndicator.Connectors.Fetching;

/// <summary>Allows one request in flight per host.</summary>
internal sealed class HostGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(Uri uri, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(uri.IdnHost, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}

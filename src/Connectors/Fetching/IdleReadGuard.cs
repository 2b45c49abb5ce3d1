using System.Globalization;

namespace Syndicator.Connectors.Fetching;

/// <summary>
/// Cancels a read that receives nothing for <see cref="Limit"/>: the timer restarts before every read, so a body that
/// keeps coming is never cut by it, while a server that stalls is cut after the limit.
/// </summary>
internal sealed class IdleReadGuard : IDisposable
{
    private readonly CancellationTokenSource _idle;
    private readonly CancellationTokenSource _linked;

    public IdleReadGuard(TimeSpan limit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (limit <= TimeSpan.Zero && limit != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The idle timeout must be positive or infinite.");
        }

        Limit = limit;
        _idle = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _idle.Token);
    }

    public TimeSpan Limit { get; }

    /// <summary>True once a read waited longer than <see cref="Limit"/>.</summary>
    public bool Expired => _idle.IsCancellationRequested;

    /// <summary>"no data received for 20 s": the failure reason once <see cref="Expired"/>.</summary>
    public string Reason => string.Create(CultureInfo.InvariantCulture, $"no data received for {Limit.TotalSeconds:0.###} s");

    /// <summary>Restarts the idle timer and returns the token for the next read.</summary>
    public CancellationToken NextRead()
    {
        if (Limit != Timeout.InfiniteTimeSpan)
        {
            _idle.CancelAfter(Limit);
        }

        return _linked.Token;
    }

    public void Dispose()
    {
        _linked.Dispose();
        _idle.Dispose();
    }
}

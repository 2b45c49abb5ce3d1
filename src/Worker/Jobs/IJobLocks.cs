namespace Syndicator.Worker.Jobs;

/// <summary>Named locks for exclusive jobs; null when another run holds the lock.</summary>
public interface IJobLocks
{
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken);
}

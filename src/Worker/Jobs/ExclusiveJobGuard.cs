using System.Collections.Concurrent;
using System.Reflection;
using Quartz;

namespace Syndicator.Worker.Jobs;

/// <summary>Vetoes a fire of an [ExclusiveJob] job while another run holds its lock; releases the lock when the run completes.</summary>
public sealed partial class ExclusiveJobGuard(IJobLocks locks, ILogger<ExclusiveJobGuard> log) : ITriggerListener
{
    private readonly ConcurrentDictionary<string, IAsyncDisposable> _held = new();

    public string Name => "exclusive-job-guard";

    public async ValueTask<bool> VetoJobExecution(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.JobInstance.GetType().GetCustomAttribute<ExclusiveJobAttribute>() is null) return false;
        var lease = await locks.TryAcquireAsync(context.JobDetail.Key.Name, cancellationToken);
        if (lease is null)
        {
            LogSkipped(context.JobDetail.Key.Name);
            return true;
        }
        _held[context.FireInstanceId] = lease;
        return false;
    }

    public async ValueTask TriggerComplete(ITrigger trigger, IJobExecutionContext context, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default)
    {
        if (_held.TryRemove(context.FireInstanceId, out var lease)) await lease.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipped a fire of {Job}: another run holds its lock")]
    private partial void LogSkipped(string job);
}

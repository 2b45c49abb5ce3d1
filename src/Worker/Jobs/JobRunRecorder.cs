using Quartz;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Jobs;

/// <summary>Records every job execution (node, scheduled time, duration, result or error) for ops and for audits of the scheduler.</summary>
public sealed partial class JobRunRecorder(IServiceScopeFactory scopes, NodeIdentity node, ILogger<JobRunRecorder> log) : IJobListener
{
    public string Name => "job-run-recorder";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (jobException is not null) LogJobFailed(jobException, context.JobDetail.Key.Name);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
            db.JobRuns.Add(new JobRun
            {
                JobName = context.JobDetail.Key.Name,
                TriggerName = context.Trigger.Key.Name,
                Node = node.Name,
                ScheduledFireTime = context.ScheduledFireTimeUtc,
                StartedAt = context.FireTimeUtc,
                Duration = context.JobRunTime,
                Result = context.Result?.ToString(),
                Error = jobException?.InnerException?.Message ?? jobException?.Message,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRecordFailed(ex, context.JobDetail.Key.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed")]
    private partial void LogJobFailed(Exception ex, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the run of job {Job}")]
    private partial void LogRecordFailed(Exception ex, string job);
}

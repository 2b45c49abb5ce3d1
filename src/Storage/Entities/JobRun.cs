namespace Syndicator.Storage.Entities;

/// <summary>One execution of a scheduled job on one node: what ops sees on the jobs page.</summary>
public sealed class JobRun
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string JobName { get; init; }
    public required string TriggerName { get; init; }
    public required string Node { get; init; }
    public DateTimeOffset? ScheduledFireTime { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public TimeSpan Duration { get; init; }
    /// <summary>What the job reported (e.g. the number of items it handled).</summary>
    public string? Result { get; init; }
    public string? Error { get; init; }
}

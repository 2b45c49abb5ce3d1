namespace Syndicator.Worker.Jobs;

/// <summary>Explicit, stable job names: they are keys in the clustered job store.</summary>
public static class JobNames
{
    public const string PollSources = "poll-sources";
    public const string Compose = "compose-posts";
    public const string PublishDue = "publish-due-deliveries";
    public const string Sweep = "sweep-stranded-work";
}

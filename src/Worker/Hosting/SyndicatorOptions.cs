using System.ComponentModel.DataAnnotations;

namespace Syndicator.Worker.Hosting;

/// <summary>The <c>Syndicator</c> configuration section. Validated at start-up.</summary>
public sealed class SyndicatorOptions
{
    /// <summary>Where the embedded database, outbox and keys live. Relative to the working directory.</summary>
    [Required] public string DataDirectory { get; set; } = "data";

    /// <summary>Seed the demo commune, its sample sources and outbox channels on first start (embedded mode).</summary>
    public bool SeedDemo { get; set; } = true;

    [Required] public JobsOptions Jobs { get; set; } = new();
    [Required] public IngestionOptions Ingestion { get; set; } = new();
    [Required] public FetchingOptions Fetching { get; set; } = new();
    [Required] public PublishingOptions Publishing { get; set; } = new();

    /// <summary>Signed lifecycle webhooks (<c>Syndicator:Webhooks</c>); validated by <c>LifecycleWebhookOptionsValidator</c>.</summary>
    [Required] public Lifecycle.LifecycleWebhookOptions Webhooks { get; set; } = new();
}

public sealed class JobsOptions
{
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")] public TimeSpan PollSourcesEvery { get; set; } = TimeSpan.FromSeconds(30);
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")] public TimeSpan ComposeEvery { get; set; } = TimeSpan.FromSeconds(20);
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")] public TimeSpan PublishEvery { get; set; } = TimeSpan.FromSeconds(10);
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")] public TimeSpan SweepEvery { get; set; } = TimeSpan.FromMinutes(1);
}

public sealed class IngestionOptions
{
    /// <summary>Consecutive failures after which a source is parked until ops looks at it.</summary>
    [Range(1, 1000)] public int ParkAfterFailures { get; set; } = 10;
    /// <summary>How many of a new source's newest items are considered on its first fetch (the rest are only remembered).</summary>
    [Range(0, 1000)] public int BaselineKeep { get; set; } = 10;
    [Range(1, 1000)] public int SourcesPerRun { get; set; } = 20;
}

public sealed class PublishingOptions
{
    [Range(1, 100)] public int MaxAttempts { get; set; } = 8;
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")] public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
    [Range(1, 1000)] public int DeliveriesPerRun { get; set; } = 20;
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")] public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")] public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(2);
}

namespace Syndicator.Worker.Lifecycle;

/// <summary><c>Syndicator:Webhooks</c>: who receives signed batches of lifecycle events, and how often.</summary>
public sealed class LifecycleWebhookOptions
{
    public const string Section = "Syndicator:Webhooks";

    public List<WebhookSubscriberOptions> Subscribers { get; set; } = [];

    /// <summary>How often the <c>lifecycle-webhooks</c> job runs.</summary>
    public TimeSpan Every { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most events per POST.</summary>
    public int BatchSize { get; set; } = 100;
}

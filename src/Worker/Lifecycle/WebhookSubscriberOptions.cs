namespace Syndicator.Worker.Lifecycle;

/// <summary>One subscriber of lifecycle webhooks (e.g. a province's alerting).</summary>
public sealed class WebhookSubscriberOptions
{
    /// <summary>Unique; also the key of its <c>WebhookCursor</c>, so renaming a subscriber starts it afresh.</summary>
    public string Name { get; set; } = "";

    /// <summary>Absolute http(s) URL receiving <c>POST</c> batches.</summary>
    public string Url { get; set; } = "";

    /// <summary>HMAC-SHA256 key for <c>X-Syndicator-Signature</c>. Put it in the environment, not in appsettings.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Event names (see <see cref="LifecycleEvents"/>), or <c>"*"</c> for all.</summary>
    public List<string> Events { get; set; } = [];
}

namespace Syndicator.Connectors.Outbox;

/// <summary>Settings keys of an outbox channel account (no secret is used).</summary>
public static class OutboxSettings
{
    /// <summary>Required. Directory that receives one <c>&lt;deliveryKey&gt;.json</c> file per delivery; created if missing.</summary>
    public const string Directory = "directory";
}

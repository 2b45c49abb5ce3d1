namespace Syndicator.Connectors.Portal;

/// <summary>
/// Settings keys of a signed-webhook portal channel (see WEBHOOK.md). The secret is the shared HMAC key.
/// </summary>
public static class WebhookSettings
{
    /// <summary>Required. Absolute URL that receives <c>POST</c> deliveries.</summary>
    public const string Url = "url";

    /// <summary>Optional. URL answering <c>GET {lookupUrl}?deliveryKey=…</c> with 200 <c>{id,url}</c> or 404; enables reconcile.</summary>
    public const string LookupUrl = "lookupUrl";
}

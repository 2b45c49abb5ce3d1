namespace Syndicator.Connectors.Portal;

/// <summary>Header names of a webhook delivery.</summary>
public static class WebhookHeaders
{
    /// <summary><c>sha256=&lt;lower-case hex HMAC-SHA256 of the raw body, keyed with the shared secret&gt;</c>.</summary>
    public const string Signature = "X-Syndicator-Signature";

    /// <summary>The delivery key; receivers must treat a repeated key as the same post (idempotency).</summary>
    public const string Delivery = "X-Syndicator-Delivery";

    /// <summary>Unix seconds when the request was sent (receivers may reject stale requests).</summary>
    public const string Timestamp = "X-Syndicator-Timestamp";
}

namespace Syndicator.Connectors.Portal;

/// <summary>The JSON body posted to a webhook portal; the schema is documented in WEBHOOK.md.</summary>
public sealed record WebhookPayload(
    string DeliveryKey,
    string Title,
    string Html,
    string? Summary,
    string? Link,
    string? ImageUrl,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Hashtags,
    DateTimeOffset PublishedAt);

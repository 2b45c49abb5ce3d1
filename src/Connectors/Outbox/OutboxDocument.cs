namespace Syndicator.Connectors.Outbox;

/// <summary>The JSON document written for one delivery.</summary>
public sealed record OutboxDocument(
    string DeliveryKey,
    string Title,
    string Text,
    string Html,
    string? Summary,
    string? Link,
    string? ImageUrl,
    string? Slug,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> Categories,
    DateTimeOffset WrittenAt);

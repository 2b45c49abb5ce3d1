namespace Syndicator.Connectors.Publishing;

/// <summary>Result of one publish or reconcile call. Connectors never retry internally.</summary>
public abstract record PublishOutcome
{
    private PublishOutcome() { }

    public sealed record Published(string ExternalId, string? Url) : PublishOutcome;

    public sealed record Failed(FailureKind Kind, string Detail, TimeSpan? RetryAfter = null) : PublishOutcome;
}

namespace Syndicator.Connectors.Publishing;

/// <summary>A publishing target. Implementations classify every outcome and never retry internally.</summary>
public interface IChannelConnector
{
    /// <summary>The channel kind this connector serves, e.g. "outbox", "wordpress", "facebook", "zalo".</summary>
    string Kind { get; }

    Task<PublishOutcome> PublishAsync(PublishRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Looks for the result of an earlier attempt of the same delivery (after an Ambiguous outcome).
    /// Returns <c>null</c> when nothing was found, so a retry is safe.
    /// </summary>
    Task<PublishOutcome.Published?> ReconcileAsync(PublishRequest request, CancellationToken cancellationToken);
}

namespace Syndicator.Connectors.Publishing;

/// <summary>
/// One delivery to publish. <see cref="DeliveryKey"/> is stable across attempts and is embedded in what is
/// published (slug, marker) so that reconcile can find an earlier attempt's result.
/// <see cref="Checkpoint"/> holds ids saved by earlier steps of a multi-step publish;
/// <see cref="SaveCheckpointAsync"/> must be awaited before the next step.
/// </summary>
public sealed record PublishRequest(
    string DeliveryKey,
    ChannelContent Content,
    ChannelAccountContext Account,
    IReadOnlyDictionary<string, string> Checkpoint,
    Func<string, string, CancellationToken, Task> SaveCheckpointAsync);

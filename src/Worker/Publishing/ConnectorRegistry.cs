using Syndicator.Connectors.Publishing;

namespace Syndicator.Worker.Publishing;

/// <summary>Finds the connector for a channel kind.</summary>
public sealed class ConnectorRegistry(IEnumerable<IChannelConnector> connectors)
{
    private readonly Dictionary<string, IChannelConnector> _byKind =
        connectors.ToDictionary(c => c.Kind, StringComparer.OrdinalIgnoreCase);

    public IChannelConnector? Find(string kind) => _byKind.GetValueOrDefault(kind);

    public IReadOnlyCollection<string> Kinds => _byKind.Keys;
}

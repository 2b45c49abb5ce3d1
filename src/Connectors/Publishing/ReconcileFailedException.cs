namespace Syndicator.Connectors.Publishing;

/// <summary>
/// Thrown by <see cref="IChannelConnector.ReconcileAsync"/> when the look-up itself failed, so the connector
/// cannot tell whether an earlier attempt landed. Returning <c>null</c> would wrongly signal "safe to retry";
/// the caller must keep the delivery Ambiguous and reconcile again later. The message never contains secrets.
/// </summary>
public sealed class ReconcileFailedException : Exception
{
    public ReconcileFailedException(string message)
        : base(message)
    {
    }

    public ReconcileFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

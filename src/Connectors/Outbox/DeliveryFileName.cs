namespace Syndicator.Connectors.Outbox;

/// <summary>Checks that a delivery key can be used as a file name without escaping its directory.</summary>
public static class DeliveryFileName
{
    private const int MaxLength = 200;

    public static bool IsSafe(string deliveryKey) =>
        deliveryKey.Length is > 0 and <= MaxLength
        && deliveryKey[0] != '.'
        && deliveryKey.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}

using System.Security.Cryptography;
using System.Text;

namespace Syndicator.Connectors.Facebook;

/// <summary>
/// A short reference code derived from the delivery key and appended as the message's last line
/// ("#NQ57 · mã tin: 3f9a1c0b7e"), so reconcile can recognise our own post among the Page's recent posts.
/// A hash (not the key's tail) keeps codes unique even when keys share suffixes.
/// </summary>
public static class FacebookMarker
{
    public static string Code(string deliveryKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey)))[..10];

    public static string Line(string deliveryKey) => $"#NQ57 · mã tin: {Code(deliveryKey)}";

    public static string AppendTo(string message, string deliveryKey) =>
        string.IsNullOrWhiteSpace(message) ? Line(deliveryKey) : $"{message.TrimEnd()}\n\n{Line(deliveryKey)}";

    public static bool IsIn(string? message, string deliveryKey) =>
        message is not null && message.Contains($"mã tin: {Code(deliveryKey)}", StringComparison.Ordinal);
}

using System.Security.Cryptography;
using System.Text;

namespace Syndicator.Connectors.Portal;

/// <summary>Computes and checks <c>X-Syndicator-Signature</c> values.</summary>
public static class WebhookSignature
{
    public static string Compute(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Constant-time comparison, for receivers (and tests).</summary>
    public static bool IsValid(ReadOnlySpan<byte> body, string secret, string? header) =>
        header is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(body, secret)), Encoding.ASCII.GetBytes(header));
}

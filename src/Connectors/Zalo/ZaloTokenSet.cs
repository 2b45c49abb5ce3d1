using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace Syndicator.Connectors.Zalo;

/// <summary>
/// The secret of a Zalo OA account. Refresh tokens are single-use: every refresh yields a new set that must be
/// saved before it is used. <see cref="ToString"/> never prints the tokens.
/// </summary>
public sealed record ZaloTokenSet(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt, string AppSecret)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static bool TryParse(string? json, [NotNullWhen(true)] out ZaloTokenSet? tokens)
    {
        tokens = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return false;
        }

        try
        {
            tokens = JsonSerializer.Deserialize<ZaloTokenSet>(json, Json);
        }
        catch (JsonException)
        {
            return false;
        }

        return tokens is { AccessToken.Length: > 0, RefreshToken.Length: > 0, AppSecret.Length: > 0 };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ExpiresAt = ").Append(ExpiresAt.ToString("O"));
        return true;
    }
}

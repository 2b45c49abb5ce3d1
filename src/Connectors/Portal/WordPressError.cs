using System.Text.Json;

namespace Syndicator.Connectors.Portal;

/// <summary>The <c>{ "code", "message", "data": { "status" } }</c> error body of the WordPress REST API.</summary>
public sealed record WordPressError(string Code, string Message)
{
    public static WordPressError? From(JsonElement? body) =>
        body is { ValueKind: JsonValueKind.Object } json
        && json.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
            ? new WordPressError(
                code.GetString()!,
                json.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString()! : string.Empty)
            : null;
}

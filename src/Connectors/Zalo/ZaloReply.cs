using System.Text.Json;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Zalo;

/// <summary>
/// A Zalo answer. <see cref="Error"/> is the envelope's <c>error</c> (0 = success; errors usually arrive with
/// HTTP 200) or null when the body was not an envelope (gateway error page, empty body).
/// </summary>
public sealed record ZaloReply(int HttpStatus, int? Error, string Message, JsonElement Data)
{
    public bool IsSuccess => Error == 0;

    public static async Task<ZaloReply> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Number && error.TryGetInt32(out var code))
            {
                var data = root.TryGetProperty("data", out var d) ? d.Clone() : default;
                return new ZaloReply(status, code, Text(root, "message") ?? string.Empty, data);
            }
        }
        catch (JsonException)
        {
        }

        return new ZaloReply(status, null, string.Empty, default);
    }

    /// <summary>Reads a string or number property of <see cref="Data"/> as text.</summary>
    public string? DataText(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

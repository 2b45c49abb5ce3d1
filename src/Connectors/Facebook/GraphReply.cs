using System.Text.Json;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Facebook;

/// <summary>One Graph API answer: status, JSON body (null when not JSON), error object and usage headers.</summary>
public sealed record GraphReply(int Status, JsonElement? Json, GraphError? Error, FacebookUsage Usage)
{
    public bool IsSuccess => Status is >= 200 and < 300 && Error is null && Json is not null;

    public static async Task<GraphReply> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = JsonBody.TryParse(text);
        return new GraphReply((int)response.StatusCode, json, GraphError.From(json), FacebookUsage.From(response.Headers));
    }

    public string? Text(string name) =>
        Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

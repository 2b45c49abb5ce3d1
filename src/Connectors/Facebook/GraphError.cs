using System.Text.Json;

namespace Syndicator.Connectors.Facebook;

/// <summary>The Graph API <c>error</c> object.</summary>
public sealed record GraphError(int Code, int? Subcode, string Message, string? Type, bool IsTransient, string? TraceId)
{
    public static GraphError? From(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } json || !json.TryGetProperty("error", out var error)
            || error.ValueKind != JsonValueKind.Object || !error.TryGetProperty("code", out var code)
            || code.ValueKind != JsonValueKind.Number || !code.TryGetInt32(out var value))
        {
            return null;
        }

        return new GraphError(
            value,
            error.TryGetProperty("error_subcode", out var sub) && sub.ValueKind == JsonValueKind.Number && sub.TryGetInt32(out var subcode) ? subcode : null,
            Text(error, "message") ?? string.Empty,
            Text(error, "type"),
            error.TryGetProperty("is_transient", out var transient) && transient.ValueKind == JsonValueKind.True,
            Text(error, "fbtrace_id"));
    }

    /// <summary>"(#190/460) message [fbtrace_id …]" for ops.</summary>
    public override string ToString() =>
        $"(#{Code}{(Subcode is { } s ? "/" + s : string.Empty)}) {Message}{(TraceId is null ? string.Empty : $" [fbtrace_id {TraceId}]")}";

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

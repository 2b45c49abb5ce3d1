using System.Text.Json;

namespace Syndicator.Connectors.Portal;

/// <summary>The fields of a WordPress post object the connector needs.</summary>
public sealed record WordPressPost(long Id, string Slug, string? Link)
{
    public static WordPressPost? From(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var value)
            ? new WordPressPost(value, ReadString(json, "slug") ?? string.Empty, ReadString(json, "link"))
            : null;

    private static string? ReadString(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

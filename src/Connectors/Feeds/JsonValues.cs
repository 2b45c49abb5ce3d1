using System.Text.Json;

namespace Syndicator.Connectors.Feeds;

/// <summary>Tolerant reads of JSON Feed properties (numbers accepted where strings are expected).</summary>
internal static class JsonValues
{
    public static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    public static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    /// <summary>JSON Feed 1.1 "authors" (first with a name), else 1.0 "author".</summary>
    public static string? AuthorName(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var name = authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object)
                .Select(a => String(a, "name")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
            if (name is not null)
            {
                return name;
            }
        }

        return item.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? String(author, "name") : null;
    }
}

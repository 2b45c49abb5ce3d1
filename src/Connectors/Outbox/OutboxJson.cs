using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Syndicator.Connectors.Outbox;

/// <summary>Indented camelCase JSON that keeps Vietnamese text readable instead of \u-escaped.</summary>
public static class OutboxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}

using System.Net.Http.Headers;
using System.Text.Json;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Facebook;

/// <summary>
/// Rate-limit usage read from <c>X-App-Usage</c>, <c>X-Page-Usage</c> and <c>X-Business-Use-Case-Usage</c>:
/// the highest percentage of any field, and the longest <c>estimated_time_to_regain_access</c> (minutes).
/// </summary>
public sealed record FacebookUsage(int? MaxPercent, TimeSpan? RegainAccess)
{
    /// <summary>Usage at which callers should slow down proactively.</summary>
    public const int SlowDownPercent = 80;

    public static readonly FacebookUsage None = new(null, null);

    private static readonly string[] PercentFields = ["call_count", "total_cputime", "total_time"];

    /// <summary>When the connector saw these headers (set by the connector, null when parsed standalone).</summary>
    public DateTimeOffset? ObservedAt { get; init; }

    public bool ShouldSlowDown => MaxPercent >= SlowDownPercent;

    public static FacebookUsage From(HttpResponseHeaders headers)
    {
        int? percent = null;
        var regainMinutes = 0;
        foreach (var name in (string[])["X-App-Usage", "X-Page-Usage", "X-Business-Use-Case-Usage"])
        {
            if (!headers.TryGetValues(name, out var values) || Parse(values.First()) is not { } json)
            {
                continue;
            }

            foreach (var entry in Entries(json))
            {
                percent = Max(percent, PercentFields.Select(field => Number(entry, field)).Max());
                regainMinutes = Math.Max(regainMinutes, Number(entry, "estimated_time_to_regain_access") ?? 0);
            }
        }

        return new FacebookUsage(percent, regainMinutes > 0 ? TimeSpan.FromMinutes(regainMinutes) : null);
    }

    /// <summary>App/Page usage is one object; business use case usage is <c>{ id: [ {…}, … ] }</c>.</summary>
    private static IEnumerable<JsonElement> Entries(JsonElement json) =>
        json.ValueKind != JsonValueKind.Object ? []
        : json.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Array)
            ? json.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).SelectMany(p => p.Value.EnumerateArray())
            : [json];

    private static int? Number(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static JsonElement? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text.Json;

namespace Syndicator.Connectors.Publishing;

/// <summary>Reads an API answer's body as JSON when it is JSON (HTML error pages and empty bodies give null).</summary>
public static class JsonBody
{
    public static JsonElement? TryParse(string text)
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

using System.Text.Json;
using Syndicator.Connectors.Feeds;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Ingestion;

/// <summary>Parse options for one source: its HTML selectors when it is a list page.</summary>
public static class SourceParseOptions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static FeedParseOptions For(Source source, DateTimeOffset now) => new()
    {
        FetchedAtUtc = now,
        HtmlSelectors = source.Kind == SourceKinds.Html ? Selectors(source) : null,
    };

    private static HtmlSelectors Selectors(Source source) =>
        (string.IsNullOrWhiteSpace(source.HtmlSelectorsJson) ? null : JsonSerializer.Deserialize<HtmlSelectors>(source.HtmlSelectorsJson, Json))
        ?? throw new FeedParseException("this web-page source has no selectors (item, title, link).");
}

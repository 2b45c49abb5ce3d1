using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Syndicator.Worker.Web.Feeds;

/// <summary>JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Text goes in content_text, never content_html.</summary>
public static class JsonFeedWriter
{
    public const string ContentType = "application/feed+json; charset=utf-8";

    // Vietnamese stays readable; '<', '>', '&' and quotes are still escaped so the JSON is safe to inline.
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(ColumnSnapshot column, string selfUrl, string homeUrl)
    {
        var items = new JsonArray();
        foreach (var item in column.Items)
        {
            var node = new JsonObject
            {
                ["id"] = item.Urn,
                ["title"] = item.Title,
                ["content_text"] = item.Summary,
                ["summary"] = item.Summary,
                ["date_published"] = Rfc3339(item.Published),
                ["date_modified"] = Rfc3339(item.Updated > item.Published ? item.Updated : item.Published),
                ["tags"] = new JsonArray(item.ThemeName),
            };
            if (item.Link is not null) node["url"] = item.Link;
            items.Add(node);
        }
        var feed = new JsonObject
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = column.Title,
            ["home_page_url"] = homeUrl,
            ["feed_url"] = selfUrl,
            ["description"] = ColumnSnapshot.Description,
            ["language"] = "vi",
            ["authors"] = new JsonArray(new JsonObject { ["name"] = column.Commune.Name }),
            ["items"] = items,
        };
        return feed.ToJsonString(Options);
    }

    private static string Rfc3339(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

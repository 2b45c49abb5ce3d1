using System.Text.Json;

namespace Syndicator.Connectors.Feeds;

/// <summary>Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedReader
{
    public static FeedFormat Read(string text, ParseContext context)
    {
        var documentOptions = new JsonDocumentOptions
        {
            MaxDepth = context.Options.MaxDepth,
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        };
        try
        {
            using var document = JsonDocument.Parse(text, documentOptions);
            ReadFeed(document.RootElement, context);
            return FeedFormat.JsonFeed;
        }
        catch (JsonException ex)
        {
            throw new FeedParseException($"The document is not valid JSON: {ex.Message}", ex);
        }
    }

    private static void ReadFeed(JsonElement root, ParseContext context)
    {
        var version = root.ValueKind == JsonValueKind.Object ? JsonValues.String(root, "version") : null;
        var hasItems = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array;
        if (!hasItems)
        {
            throw new FeedParseException("The document is JSON but not a JSON Feed (no \"items\" array).");
        }

        if (version?.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase) != true)
        {
            context.Warn("JSON without a jsonfeed.org version; read as a JSON Feed.");
        }

        context.Format = FeedFormat.JsonFeed;
        context.FeedTitle = JsonValues.String(root, "title") is { } title ? TextNormalizer.CollapseWhitespace(TextNormalizer.Nfc(title)) : null;
        context.FeedLink = JsonValues.String(root, "home_page_url");
        foreach (var item in root.GetProperty("items").EnumerateArray())
        {
            if (!context.HasRoom())
            {
                return;
            }

            if (item.ValueKind == JsonValueKind.Object)
            {
                context.Add(Map(item));
            }
        }
    }

    private static RawEntry Map(JsonElement item)
    {
        var contentText = JsonValues.String(item, "content_text");
        var summary = JsonValues.String(item, "summary");
        var raw = new RawEntry
        {
            Id = JsonValues.String(item, "id"),
            Link = JsonValues.String(item, "url") ?? JsonValues.String(item, "external_url"),
            Title = JsonValues.String(item, "title"),
            ContentHtml = JsonValues.String(item, "content_html") ?? (contentText is null ? null : TextAsHtml(contentText)),
            SummaryHtml = summary is null ? null : TextAsHtml(summary),
            Published = JsonValues.String(item, "date_published"),
            Updated = JsonValues.String(item, "date_modified"),
            Author = JsonValues.AuthorName(item),
            ImageUrl = JsonValues.String(item, "image") ?? JsonValues.String(item, "banner_image"),
        };
        raw.Categories.AddRange(JsonValues.Strings(item, "tags"));
        if (item.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            foreach (var attachment in attachments.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object))
            {
                if (JsonValues.String(attachment, "url") is { } url)
                {
                    raw.Enclosures.Add((url, JsonValues.String(attachment, "mime_type"), JsonValues.String(attachment, "size_in_bytes")));
                }
            }
        }

        return raw;
    }

    private static string TextAsHtml(string text) =>
        HtmlEscaping.Encode(text, false).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}

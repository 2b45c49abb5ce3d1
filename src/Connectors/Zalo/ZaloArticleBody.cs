using System.Text.Json.Nodes;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Zalo;

/// <summary>Builds the <c>article/create</c> body of a normal, visible article within Zalo's length limits.</summary>
public static class ZaloArticleBody
{
    public static string Title(ChannelContent content) => ZaloText.Truncate(content.Title, ZaloText.TitleMax);

    public static JsonObject Build(ChannelContent content, ZaloAccount account)
    {
        var body = new JsonObject
        {
            ["type"] = "normal",
            ["title"] = Title(content),
            ["description"] = ZaloText.Truncate(content.Summary ?? content.Text, ZaloText.DescriptionMax),
            ["body"] = new JsonArray(new JsonObject { ["type"] = "text", ["content"] = content.Html }),
            ["status"] = "show",
            ["comment"] = "show",
        };
        if (!string.IsNullOrWhiteSpace(account.Author))
        {
            body["author"] = ZaloText.Truncate(account.Author, ZaloText.AuthorMax);
        }

        if (Cover(content.ImageUrl ?? account.CoverImageUrl) is { } cover)
        {
            body["cover"] = new JsonObject { ["cover_type"] = "photo", ["photo_url"] = cover, ["status"] = "show" };
        }

        if (content.Link is { } link)
        {
            body["tracking_link"] = link;
        }

        return body;
    }

    /// <summary>Zalo rejects cover URLs with spaces or non-ASCII characters, so send the percent-encoded form.</summary>
    private static string? Cover(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : null;
}

using Syndicator.Connectors.Publishing;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Publishing;

/// <summary>Plain rendering used until per-channel templates are configured: title, lead, body and attribution.</summary>
public sealed class SimpleContentFactory : IDeliveryContentFactory
{
    public ChannelContent Render(Post post, Delivery delivery, Commune commune, Theme? theme)
    {
        var attribution = $"Nguồn: {post.SourceName}";
        var html = $"<p><strong>{Escape(post.Lead ?? "")}</strong></p>{post.BodyHtml}<p>{Escape(attribution)}"
            + (post.SourceUrl is null ? "" : $" (<a href=\"{Escape(post.SourceUrl)}\">{Escape(post.SourceUrl)}</a>)") + "</p>";
        var text = string.Join("\n\n", new[] { post.Title, post.Lead, attribution }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new ChannelContent(post.Title, text, html, post.Lead, post.SourceUrl, post.ImageUrl, delivery.Key)
        {
            Hashtags = theme is null ? ["#NQ57"] : ["#NQ57", theme.Hashtag],
        };
    }

    private static string Escape(string value) => System.Net.WebUtility.HtmlEncode(value);
}

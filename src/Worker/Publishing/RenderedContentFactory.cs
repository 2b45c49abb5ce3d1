using Syndicator.Connectors.Publishing;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Rendering;

namespace Syndicator.Worker.Publishing;

/// <summary>
/// Renders with the channel templates. An outbox account stands in for a real channel in the demo and in dry runs:
/// its <c>renderAs</c> setting names the channel whose rendering it stores.
/// </summary>
public sealed class RenderedContentFactory(ChannelRenderer renderer) : IDeliveryContentFactory
{
    public ChannelContent Render(Post post, Delivery delivery, ChannelAccount account, Commune commune, Theme? theme)
    {
        var settings = AccountContextFactory.ParseSettings(account.SettingsJson);
        var kind = settings.GetValueOrDefault("renderAs") ?? account.Kind;
        var draft = new ArticleDraft(
            post.Title, post.Lead, post.BodyHtml, post.SourceName, post.SourceUrl ?? "", post.ImageUrl,
            post.ThemeKey, theme?.Name ?? post.ThemeKey, commune.Name, delivery.Key, post.CreatedAt);
        return renderer.Render(kind, draft);
    }
}

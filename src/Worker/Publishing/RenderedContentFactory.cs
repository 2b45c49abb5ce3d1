using Syndicator.Connectors.Publishing;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Rendering;

namespace Syndicator.Worker.Publishing;

/// <summary>
/// Renders with the channel templates: the admin's overrides (the commune's over the global ones) or the defaults;
/// digests with their items in order. An outbox account stands in for a real channel in the demo and in dry runs:
/// its <c>renderAs</c> setting names the channel whose rendering it stores.
/// </summary>
/// <remarks>The content factory seam is synchronous, so the few reads it needs are synchronous too.</remarks>
public sealed class RenderedContentFactory(ChannelRenderer renderer, IServiceScopeFactory scopes) : IDeliveryContentFactory
{
    public ChannelContent Render(Post post, Delivery delivery, ChannelAccount account, Commune commune, Theme? theme)
    {
        var settings = AccountContextFactory.ParseSettings(account.SettingsJson);
        return RenderAs(settings.GetValueOrDefault("renderAs") ?? account.Kind, post, commune, theme, delivery.Key);
    }

    /// <summary>The post as a channel kind would receive it; also used for the dashboard's previews.</summary>
    public ChannelContent RenderAs(string kind, Post post, Commune commune, Theme? theme, string deliveryKey)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var templates = Overrides(db, commune.Id);
        var themeName = theme?.Name ?? post.ThemeKey;
        if (post.Kind == PostKinds.Digest)
        {
            var items = DigestItems(db, post.Id);
            if (items.Count > 0)
                return renderer.Render(kind, new DigestDraft(post.Title, post.Lead, items, post.ThemeKey, themeName, commune.Name, deliveryKey, post.ImageUrl), templates);
        }
        var draft = new ArticleDraft(
            post.Title, post.Lead, post.BodyHtml, post.SourceName, post.SourceUrl ?? "", post.ImageUrl,
            post.ThemeKey, themeName, commune.Name, deliveryKey, post.CreatedAt);
        return renderer.Render(kind, draft, templates);
    }

    /// <summary>Global overrides, replaced key by key by the commune's own.</summary>
    public static Dictionary<string, string> Overrides(SyndicatorDbContext db, Guid communeId)
    {
        var rows = db.ChannelTemplates.Where(t => t.CommuneId == null || t.CommuneId == communeId).ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.OrderBy(r => r.CommuneId is null ? 0 : 1)) result[row.Key] = row.Source;
        return result;
    }

    public static List<DigestItem> DigestItems(SyndicatorDbContext db, Guid postId) =>
        (from pi in db.PostItems
         join i in db.FeedItems on pi.FeedItemId equals i.Id
         join s in db.Sources on i.SourceId equals s.Id
         where pi.PostId == postId
         orderby pi.Order
         select new DigestItem(i.Title, i.SummaryText, s.Name, i.Url ?? "")).ToList();
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Composition;

/// <summary>Builds the pending post of a cadence run (story, digest or tips) with its deliveries and audit event; the caller saves.</summary>
public sealed class CadencePostBuilder(SyndicatorDbContext db, TimeProvider clock)
{
    public async Task<Post> SingleAsync(ThemeCadence cadence, FeedItem item, CancellationToken cancellationToken)
    {
        var source = await db.Sources.SingleAsync(s => s.Id == item.SourceId, cancellationToken);
        item.Composed = true;
        var post = new Post
        {
            CommuneId = cadence.CommuneId, FeedItemId = item.Id, ThemeKey = cadence.ThemeKey, Title = item.Title, Lead = item.SummaryText,
            BodyHtml = item.ContentHtml, SourceName = source.Name, SourceUrl = item.Url, ImageUrl = item.ImageUrl, CreatedAt = clock.GetUtcNow(),
        };
        return await AddAsync(post, new { cadence = cadence.Id, feedItemId = item.Id, item.MatchReason }, cancellationToken);
    }

    public async Task<Post> DigestAsync(ThemeCadence cadence, IReadOnlyList<FeedItem> items, DateTimeOffset periodStart, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.SingleOrDefaultAsync(t => t.Key == cadence.ThemeKey, cancellationToken);
        var commune = await db.Communes.SingleAsync(c => c.Id == cadence.CommuneId, cancellationToken);
        var label = PeriodLabel(cadence.Period, periodStart, cadence.NextRunAt);
        var themeName = theme?.Name ?? cadence.ThemeKey;
        var post = new Post
        {
            CommuneId = cadence.CommuneId, Kind = PostKinds.Digest, ThemeKey = cadence.ThemeKey,
            Title = $"Điểm tin {themeName} {label}",
            Lead = $"{commune.Name} tổng hợp {items.Count} tin nổi bật về {themeName.ToLowerInvariant()} {label}.",
            SourceName = "Tổng hợp nhiều nguồn", ImageUrl = items.Select(i => i.ImageUrl).FirstOrDefault(u => u is not null), CreatedAt = clock.GetUtcNow(),
        };
        for (var i = 0; i < items.Count; i++)
        {
            items[i].Composed = true;
            db.PostItems.Add(new PostItem { PostId = post.Id, FeedItemId = items[i].Id, Order = i + 1 });
        }
        return await AddAsync(post, new { cadence = cadence.Id, items = items.Select(i => i.Id) }, cancellationToken);
    }

    /// <summary>The next tip in the shipped order; the running number in the campaign key keeps two workers from posting it twice.</summary>
    public async Task<Post?> TipAsync(ThemeCadence cadence, CancellationToken cancellationToken)
    {
        var used = await db.Posts.CountAsync(p => p.CommuneId == cadence.CommuneId && p.CampaignKey != null && p.CampaignKey.StartsWith("bdhvs-"), cancellationToken);
        var tip = DigitalTips.All[used % DigitalTips.All.Count];
        var post = new Post
        {
            CommuneId = cadence.CommuneId, Kind = PostKinds.Tips, CampaignKey = $"bdhvs-{used + 1}", ThemeKey = cadence.ThemeKey,
            Title = "Bình dân học vụ số: " + tip.Title, Lead = tip.Lead, BodyHtml = PlainTextHtml.ToHtml(tip.Body),
            SourceName = "Phong trào Bình dân học vụ số", CreatedAt = clock.GetUtcNow(),
        };
        return await AddAsync(post, new { cadence = cadence.Id, tip = tip.Title }, cancellationToken);
    }

    public static string PeriodLabel(string period, DateTimeOffset start, DateTimeOffset end)
    {
        var s = LocalTime.ToLocal(start);
        var e = LocalTime.ToLocal(end);
        var c = CultureInfo.InvariantCulture;
        return period switch
        {
            CadenceModes.Daily => string.Create(c, $"ngày {s:dd/MM/yyyy}"),
            CadenceModes.Weekly => string.Create(c, $"tuần từ {s:dd/MM} đến {e.AddDays(-1):dd/MM/yyyy}"),
            _ => string.Create(c, $"tháng {s:MM/yyyy}"),
        };
    }

    private async Task<Post> AddAsync(Post post, object details, CancellationToken cancellationToken)
    {
        var channels = await ChannelDeliveries.AddAsync(db, post, cancellationToken);
        db.Posts.Add(post);
        db.Audit(post.CreatedAt, post.CommuneId, "system", "post.composed", nameof(Post), post.Id, new { post.Kind, details, channels });
        return post;
    }
}

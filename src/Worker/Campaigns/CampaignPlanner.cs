using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Composition;

namespace Syndicator.Worker.Campaigns;

/// <summary>
/// Creates each commune's observance-day posts (a lead-up post and a day-of post) <c>LeadDays</c> ahead, pending
/// approval, scheduled for 08:00 local. The campaign key is unique per commune, so a set is created once even when
/// two workers run this at the same time.
/// </summary>
public sealed partial class CampaignPlanner(SyndicatorDbContext db, IOptions<CampaignOptions> options, TimeProvider clock, ILogger<CampaignPlanner> log)
{
    public const int PublishHour = 8;

    public async Task<int> PlanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = LocalTime.Today(now);
        var communes = await db.Communes.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var created = 0;
        foreach (var day in options.Value.Days)
        {
            if (CampaignCalendar.DueOccurrence(day, today) is not { } occurrence) continue;
            foreach (var commune in communes) created += await PlanOneAsync(day, occurrence, today, commune, cancellationToken);
        }
        return created;
    }

    private async Task<int> PlanOneAsync(CampaignDay day, DateOnly occurrence, DateOnly today, Commune commune, CancellationToken cancellationToken)
    {
        var key = CampaignCalendar.CampaignKey(day, occurrence.Year);
        var leadUpKey = key + "-huong-ung";
        var existing = await db.Posts.Where(p => p.CommuneId == commune.Id && (p.CampaignKey == key || p.CampaignKey == leadUpKey))
            .Select(p => p.CampaignKey).ToListAsync(cancellationToken);
        var posts = new List<Post>();
        if (!existing.Contains(key))
            posts.Add(await AddAsync(commune, day, key, CampaignTexts.DayOf(day, occurrence, commune.Name), occurrence, cancellationToken));
        if (!existing.Contains(leadUpKey) && CampaignCalendar.LeadUpDay(occurrence, today) is { } leadUp)
            posts.Add(await AddAsync(commune, day, leadUpKey, CampaignTexts.LeadUp(day, occurrence, commune.Name), leadUp, cancellationToken));
        if (posts.Count == 0) return 0;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another worker created this campaign first: the unique (commune, campaign key) index kept its set.
            db.ChangeTracker.Clear();
            return 0;
        }
        LogCreated(key, commune.Id, posts.Count);
        return posts.Count;
    }

    private async Task<Post> AddAsync(Commune commune, CampaignDay day, string key, (string Title, string Lead, string Body) text, DateOnly publishDay, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var post = new Post
        {
            CommuneId = commune.Id, Kind = PostKinds.Campaign, CampaignKey = key, ThemeKey = day.ThemeKey,
            Title = text.Title, Lead = text.Lead, BodyHtml = PlainTextHtml.ToHtml(text.Body),
            SourceName = "Ban biên tập " + commune.Name, CreatedAt = now, ScheduledFor = LocalTime.At(publishDay, PublishHour),
        };
        var channels = await ChannelDeliveries.AddAsync(db, post, cancellationToken);
        db.Posts.Add(post);
        db.Audit(now, commune.Id, "system", "post.campaign-created", nameof(Post), post.Id, new { key, post.ScheduledFor, channels });
        return post;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created campaign {CampaignKey} for commune {TenantId}: {Posts} posts")]
    private partial void LogCreated(string campaignKey, Guid tenantId, int posts);
}

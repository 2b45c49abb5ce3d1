using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Reports;

/// <summary>Computes <see cref="SemiAnnualReport"/> for one commune and period from deliveries and attempts.</summary>
public static class SemiAnnualReportBuilder
{
    private static readonly string[] SuccessOutcomes = ["published", "reconciled"];

    /// <summary>Null when no commune has this slug.</summary>
    public static async Task<SemiAnnualReport?> BuildAsync(
        SyndicatorDbContext db, TimeProvider clock, string slug, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (commune is null) return null;
        var start = ReportPeriod.StartOf(from);
        var end = ReportPeriod.StartOf(to.AddDays(1));
        var published = await PublishedAsync(db, commune.Id, start.AddDays(-CampaignDays.ToleranceDays - 1), end.AddDays(CampaignDays.ToleranceDays + 1), cancellationToken);
        var inRange = published.Where(p => p.PublishedAt >= start && p.PublishedAt < end).ToList();
        var themes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Key, t => t.Name, cancellationToken);
        var posts = inRange.GroupBy(p => p.PostId).Select(g => g.First()).ToList();
        var attempts = await db.PublishAttempts.AsNoTracking()
            .Where(a => a.FinishedAt >= start && a.FinishedAt < end && db.Deliveries.Any(d => d.Id == a.DeliveryId && d.Post!.CommuneId == commune.Id))
            .Select(a => a.Outcome)
            .ToListAsync(cancellationToken);
        return new SemiAnnualReport(
            commune.Slug, commune.Name, from, to, start, end, clock.GetUtcNow(),
            Count(inRange.Select(p => p.Channel)),
            Count(posts.Select(p => themes.GetValueOrDefault(p.ThemeKey, p.ThemeKey))),
            posts.Count,
            CampaignDays.In(from, to).Select(day => Campaign(day.Date, day.Name, published)).ToList(),
            Count(posts.Select(p => p.SourceName)),
            await FailuresAsync(db, commune.Id, start, end, cancellationToken),
            attempts.Count(o => !SuccessOutcomes.Contains(o, StringComparer.OrdinalIgnoreCase)));
    }

    private sealed record PublishedRow(Guid PostId, string Channel, DateTimeOffset PublishedAt, string ThemeKey, string SourceName);

    private static async Task<List<PublishedRow>> PublishedAsync(
        SyndicatorDbContext db, Guid communeId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        (await db.Deliveries.AsNoTracking()
            .Where(d => d.State == DeliveryState.Published && d.PublishedAt != null && d.PublishedAt >= from && d.PublishedAt < to && d.Post!.CommuneId == communeId)
            // An outbox account stands in for the channel it is named after (the demo's portal, facebook, zalo, radio).
            .Select(d => new
            {
                d.PostId,
                Channel = d.Channel == "outbox" ? db.ChannelAccounts.Where(a => a.Id == d.ChannelAccountId).Select(a => a.Name).FirstOrDefault() ?? d.Channel : d.Channel,
                d.PublishedAt, d.Post!.ThemeKey, d.Post.SourceName,
            })
            .ToListAsync(cancellationToken))
        .Select(d => new PublishedRow(d.PostId, d.Channel, d.PublishedAt!.Value, d.ThemeKey, d.SourceName))
        .ToList();

    private static CampaignDayResult Campaign(DateOnly date, string name, IEnumerable<PublishedRow> published)
    {
        var from = ReportPeriod.StartOf(date.AddDays(-CampaignDays.ToleranceDays));
        var to = ReportPeriod.StartOf(date.AddDays(CampaignDays.ToleranceDays + 1));
        return new CampaignDayResult(date, name, published.Where(p => p.PublishedAt >= from && p.PublishedAt < to).Select(p => p.PostId).Distinct().Count());
    }

    /// <summary>Dead deliveries whose last attempt finished in the period.</summary>
    private static async Task<List<DeliveryFailure>> FailuresAsync(
        SyndicatorDbContext db, Guid communeId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var dead = await db.Deliveries.AsNoTracking()
            .Where(d => d.State == DeliveryState.Dead && d.Post!.CommuneId == communeId)
            .Select(d => new { d.Id, d.Channel, d.Post!.Title, d.Attempts, d.LastError, d.Post.UpdatedAt })
            .ToListAsync(cancellationToken);
        var ids = dead.Select(d => d.Id).ToList();
        var last = (await db.PublishAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).Select(a => new { a.DeliveryId, a.FinishedAt }).ToListAsync(cancellationToken))
            .GroupBy(a => a.DeliveryId).ToDictionary(g => g.Key, g => g.Max(a => a.FinishedAt));
        return dead
            .Select(d => new DeliveryFailure(d.Id, d.Channel, d.Title, last.TryGetValue(d.Id, out var at) ? at : d.UpdatedAt, d.Attempts,
                string.IsNullOrWhiteSpace(d.LastError) ? "Không rõ lý do" : d.LastError))
            .Where(f => f.At >= start && f.At < end)
            .OrderBy(f => f.At)
            .ToList();
    }

    private static List<ReportCount> Count(IEnumerable<string> names) =>
        names.GroupBy(n => n, StringComparer.Ordinal).Select(g => new ReportCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
}

using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Ingestion;

namespace Syndicator.Worker.Classification;

/// <summary>
/// Re-classifies stored items (never deleted ones; by default only those not composed yet) with the current rules.
/// A dry run only reports. Otherwise the items are updated and one <c>rules.applied</c> audit event records the
/// counts; posts already composed are never touched.
/// </summary>
public sealed class RuleApplier(SyndicatorDbContext db, RuleBook rules, TimeProvider clock)
{
    public async Task<RuleApplyReport> ApplyAsync(Guid? communeId, bool includeComposed, bool dryRun, string actor, CancellationToken cancellationToken)
    {
        rules.Refresh();
        var query = db.FeedItems.Where(i => !i.Deleted);
        if (communeId is { } commune) query = query.Where(i => i.CommuneId == commune);
        if (!includeComposed) query = query.Where(i => !i.Composed);
        var items = await query.OrderBy(i => i.PublishedAt).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var changes = new List<RuleChange>();
        foreach (var item in items)
        {
            var verdict = (await rules.ForAsync(item.CommuneId, item.SourceId, cancellationToken)).Classify(FeedItemMapper.Input(item));
            if (Change(item, verdict) is { } change) changes.Add(change);
            if (!dryRun) FeedItemMapper.Apply(item, verdict);
        }

        var report = new RuleApplyReport(items.Count, changes, dryRun);
        if (dryRun)
        {
            db.ChangeTracker.Clear();
            return report;
        }

        db.Audit(clock.GetUtcNow(), communeId, actor, "rules.applied", "relevance_rules", communeId ?? Guid.Empty, new
        {
            report.Checked, report.BecameRelevant, report.Dropped, report.ThemeChanged, includeComposed,
        });
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    private static RuleChange? Change(FeedItem item, RelevanceVerdict verdict)
    {
        var kind = (item.Relevant, verdict.Relevant) switch
        {
            (false, true) => RuleChange.BecameRelevant,
            (true, false) => RuleChange.Dropped,
            (true, true) when item.ThemeKey != verdict.ThemeKey => RuleChange.ThemeChanged,
            _ => null,
        };
        return kind is null ? null : new RuleChange(item.Id, item.Title, kind, item.ThemeKey, verdict.ThemeKey, verdict.Reason);
    }
}

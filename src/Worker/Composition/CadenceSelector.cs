namespace Syndicator.Worker.Composition;

/// <summary>
/// Picks the best unused items of a period: relevance score first, then freshness, with a penalty for a source the
/// column has just used (the last posts, and the items already picked for the same digest). Pure.
/// </summary>
public static class CadenceSelector
{
    public const double FreshnessWeight = 0.5;
    public const double RepeatSourcePenalty = 0.75;

    public static IReadOnlyList<CadenceCandidate> Pick(
        IEnumerable<CadenceCandidate> candidates, IEnumerable<Guid> recentSourceIds, int count, DateTimeOffset periodStart, DateTimeOffset now)
    {
        var pool = candidates.DistinctBy(c => c.ItemId).ToList();
        var recent = recentSourceIds.ToList();
        var chosen = new List<CadenceCandidate>();
        var span = Math.Max((now - periodStart).TotalHours, 1);
        while (chosen.Count < count && pool.Count > 0)
        {
            var best = pool
                .OrderByDescending(c => Value(c, recent, span, now))
                .ThenByDescending(c => c.PublishedAt)
                .ThenBy(c => c.ItemId)
                .First();
            chosen.Add(best);
            pool.Remove(best);
            recent.Add(best.SourceId);
        }
        return chosen;
    }

    private static double Value(CadenceCandidate c, List<Guid> recent, double spanHours, DateTimeOffset now)
    {
        var age = Math.Clamp((now - c.PublishedAt).TotalHours / spanHours, 0, 1);
        var uses = recent.Count(s => s == c.SourceId);
        return c.Score + FreshnessWeight * (1 - age) - RepeatSourcePenalty * uses;
    }
}

namespace Syndicator.Worker.Composition;

/// <summary>
/// Chooses the member of a story cluster to compose from: the source's priority first (higher wins), then the richer
/// item (a body of its own, an image, a longer summary), then the one fetched first. Pure.
/// </summary>
public static class ClusterRanking
{
    public static ClusterMember Best(IEnumerable<ClusterMember> members) =>
        members
            .OrderByDescending(m => m.SourcePriority)
            .ThenByDescending(m => m.HasContent)
            .ThenByDescending(m => m.HasImage)
            .ThenByDescending(m => m.SummaryLength)
            .ThenBy(m => m.FetchedAt)
            .ThenBy(m => m.ItemId)
            .FirstOrDefault()
        ?? throw new ArgumentException("a cluster has at least one member", nameof(members));
}

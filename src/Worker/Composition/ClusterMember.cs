namespace Syndicator.Worker.Composition;

/// <summary>
/// One relevant, not deleted item of a story cluster (the representative or one of its cross-source duplicates),
/// with what decides which member a post is composed from.
/// </summary>
/// <param name="ClusterId">The representative's id (the item whose <c>DuplicateOfId</c> is null).</param>
/// <param name="HasContent">The item carries a body of its own, not just its summary again.</param>
public sealed record ClusterMember(
    Guid ItemId,
    Guid ClusterId,
    Guid SourceId,
    int SourcePriority,
    bool HasContent,
    bool HasImage,
    int SummaryLength,
    DateTimeOffset FetchedAt);

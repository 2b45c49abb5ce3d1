namespace Syndicator.Storage.Entities;

/// <summary>A feed item included in a digest post, in reading order.</summary>
public sealed class PostItem
{
    public Guid PostId { get; init; }
    public Guid FeedItemId { get; init; }
    public int Order { get; init; }
}

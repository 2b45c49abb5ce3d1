using Syndicator.Worker.Composition;

namespace Syndicator.Tests.Unit.Composition;

public sealed class ClusterRankingTests
{
    private static readonly DateTimeOffset Seen = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
    private static readonly Guid Cluster = Guid.NewGuid();

    [Fact]
    public void Best_higherSourcePriority_winsOverRicherAndEarlierItems()
    {
        var first = Member(priority: 0, content: true, image: true, summary: 400, fetched: Seen);
        var preferred = Member(priority: 5, content: false, image: false, summary: 10, fetched: Seen.AddHours(2));

        Assert.Equal(preferred, ClusterRanking.Best([first, preferred]));
    }

    [Fact]
    public void Best_equalPriority_prefersOwnContentOverImageAndSummary()
    {
        var withImage = Member(image: true, summary: 400, fetched: Seen);
        var withContent = Member(content: true, fetched: Seen.AddHours(1));

        Assert.Equal(withContent, ClusterRanking.Best([withImage, withContent]));
    }

    [Fact]
    public void Best_equalPriorityAndContent_prefersImageOverLongerSummary()
    {
        var longer = Member(summary: 400, fetched: Seen);
        var withImage = Member(image: true, summary: 20, fetched: Seen.AddHours(1));

        Assert.Equal(withImage, ClusterRanking.Best([longer, withImage]));
    }

    [Fact]
    public void Best_onlySummaryDiffers_prefersLongerSummary()
    {
        var shorter = Member(summary: 20, fetched: Seen);
        var longer = Member(summary: 200, fetched: Seen.AddHours(1));

        Assert.Equal(longer, ClusterRanking.Best([shorter, longer]));
    }

    [Fact]
    public void Best_allEqual_prefersTheFirstFetched()
    {
        var later = Member(priority: -3, fetched: Seen.AddMinutes(5));
        var first = Member(priority: -3, fetched: Seen);

        Assert.Equal(first, ClusterRanking.Best([later, first]));
    }

    [Fact]
    public void Best_noMembers_throws()
    {
        Assert.Throws<ArgumentException>(() => ClusterRanking.Best([]));
    }

    private static ClusterMember Member(int priority = 0, bool content = false, bool image = false, int summary = 50, DateTimeOffset? fetched = null) =>
        new(Guid.NewGuid(), Cluster, Guid.NewGuid(), priority, content, image, summary, fetched ?? Seen);
}

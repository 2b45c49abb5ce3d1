using Syndicator.Storage.Entities;

namespace Syndicator.Tests.Unit.Workflow;

public sealed class PostStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 3, 0, 0, TimeSpan.Zero);

    private static Post NewPost(params DeliveryState[] deliveries)
    {
        var post = new Post { ThemeKey = "chuyen-doi-so", Title = "Tin", SourceName = "Nguồn", CreatedAt = Now };
        foreach (var state in deliveries)
            post.Deliveries.Add(new Delivery { Channel = "outbox", Key = Guid.NewGuid().ToString("N"), State = state });
        return post;
    }

    [Fact]
    public void Approve_pendingPost_becomesApprovedWithActorAndNewVersion()
    {
        var post = NewPost();
        var version = post.Version;
        post.Approve("duyet", Now, "ok");
        Assert.Equal(PostState.Approved, post.State);
        Assert.Equal("duyet", post.DecidedBy);
        Assert.NotEqual(version, post.Version);
    }

    [Theory]
    [InlineData(PostState.Approved)]
    [InlineData(PostState.Rejected)]
    public void Approve_postNotPending_throws(PostState reached)
    {
        var post = NewPost();
        if (reached == PostState.Approved) post.Approve("a", Now);
        else post.Reject("a", Now, "không phù hợp");
        var ex = Assert.Throws<InvalidStateTransitionException>(() => post.Approve("b", Now));
        Assert.Equal(reached, ex.From);
    }

    [Fact]
    public void Reject_approvedPost_isAllowed_butRejectedPostCannotBeRejectedAgain()
    {
        var post = NewPost();
        post.Approve("a", Now);
        post.Reject("b", Now, "sai thông tin");
        Assert.Equal(PostState.Rejected, post.State);
        Assert.Equal("sai thông tin", post.DecisionNote);
        Assert.Throws<InvalidStateTransitionException>(() => post.Reject("c", Now, null));
    }

    [Fact]
    public void Edit_afterApproval_returnsToPendingAndScheduledDeliveriesWait()
    {
        var post = NewPost(DeliveryState.Scheduled, DeliveryState.Published);
        post.Approve("a", Now);
        Assert.True(post.Edit("Tin đã sửa", "Tóm tắt mới", Now));
        Assert.Equal(PostState.PendingApproval, post.State);
        Assert.Null(post.DecidedBy);
        Assert.Equal([DeliveryState.Waiting, DeliveryState.Published], post.Deliveries.Select(d => d.State));
    }

    [Fact]
    public void Edit_withSameText_changesNothing()
    {
        var post = NewPost();
        var version = post.Version;
        Assert.False(post.Edit("Tin", null, Now));
        Assert.Equal(version, post.Version);
    }

    [Fact]
    public void Edit_rejectedPost_throws()
    {
        var post = NewPost();
        post.Reject("a", Now, null);
        Assert.Throws<InvalidStateTransitionException>(() => post.Edit("x", null, Now));
    }

    [Theory]
    [InlineData(new[] { DeliveryState.Published, DeliveryState.Published }, PostState.Published)]
    [InlineData(new[] { DeliveryState.Published, DeliveryState.Dead }, PostState.PartiallyPublished)]
    [InlineData(new[] { DeliveryState.Published, DeliveryState.Scheduled }, PostState.PartiallyPublished)]
    [InlineData(new[] { DeliveryState.Dead, DeliveryState.Dead }, PostState.Failed)]
    [InlineData(new[] { DeliveryState.Dead, DeliveryState.Scheduled }, PostState.Approved)]
    [InlineData(new[] { DeliveryState.Published, DeliveryState.Cancelled }, PostState.Published)]
    public void RefreshFromDeliveries_approvedPost_reflectsEveryChannel(DeliveryState[] deliveries, PostState expected)
    {
        var post = NewPost(deliveries);
        post.Approve("a", Now);
        post.RefreshFromDeliveries(Now);
        Assert.Equal(expected, post.State);
    }

    [Fact]
    public void RefreshFromDeliveries_pendingPost_staysPending()
    {
        var post = NewPost(DeliveryState.Published);
        post.RefreshFromDeliveries(Now);
        Assert.Equal(PostState.PendingApproval, post.State);
    }
}

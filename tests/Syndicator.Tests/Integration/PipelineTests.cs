using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Composition;
using Syndicator.Worker.Ingestion;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Workflow;

namespace Syndicator.Tests.Integration;

/// <summary>The walking skeleton on real PostgreSQL: fetch over HTTP → store once → classify → compose → approve → publish.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PipelineTests() : PostgresAppTest(new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.Zero))
{
    
    [Fact]
    public async Task Poll_sameFeedTwice_storesEachItemOnceAndClassifiesIt()
    {
        var url = FeedHost.Serve("/rss", Feeds.Rss(
            ("a1", "Xã triển khai Nghị quyết 57-NQ/TW", "Kế hoạch năm 2026"),
            ("a2", "Giải bóng đá thiếu niên khai mạc", "Thể thao")));
        var commune = await Seed.CommuneAsync(App.Services, "xa-a", App.DataDirectory, "portal");
        await Seed.SourceAsync(App.Services, commune.Id, url, Clock.GetUtcNow());

        Assert.Equal(2, await PollAsync());
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await PollAsync());

        await using var scope = App.Scope();
        var items = await Db(scope).FeedItems.OrderBy(i => i.DedupeKey).ToListAsync();
        Assert.Equal(2, FeedHost.Hits["/rss"]);
        Assert.Equal(["id:a1", "id:a2"], items.Select(i => i.DedupeKey));
        Assert.True(items[0].Relevant);
        Assert.Equal("chinh-sach", items[0].ThemeKey);
        Assert.Contains("Nghị quyết 57", items[0].MatchReason);
        Assert.False(items[1].Relevant);
    }

    [Fact]
    public async Task Poll_brokenFeed_marksOnlyThatSourceUnhealthyWithReadableReason()
    {
        var good = FeedHost.Serve("/good", Feeds.Rss(("g1", "Chuyển đổi số ở thôn bản", "")));
        var broken = FeedHost.Serve("/broken", "<html><body>Trang bảo trì</body></html>");
        var missing = FeedHost.Serve("/gone", "", status: 404);
        var commune = await Seed.CommuneAsync(App.Services, "xa-b", App.DataDirectory, "portal");
        var goodSource = await Seed.SourceAsync(App.Services, commune.Id, good, Clock.GetUtcNow());
        var brokenSource = await Seed.SourceAsync(App.Services, commune.Id, broken, Clock.GetUtcNow());
        var missingSource = await Seed.SourceAsync(App.Services, commune.Id, missing, Clock.GetUtcNow());

        Assert.Equal(1, await PollAsync());

        await using var scope = App.Scope();
        var sources = await Db(scope).Sources.ToDictionaryAsync(s => s.Id);
        Assert.Null(sources[goodSource.Id].LastError);
        Assert.Equal(0, sources[goodSource.Id].ConsecutiveFailures);
        Assert.StartsWith("Not a readable feed", sources[brokenSource.Id].LastError);
        Assert.Contains("404", sources[missingSource.Id].LastError);
        Assert.True(sources[brokenSource.Id].NextCheckAt > Clock.GetUtcNow());
        Assert.Equal(1, await Db(scope).FeedItems.CountAsync());
    }

    [Fact]
    public async Task Poll_webPageSourceWithSelectors_storesTheListedArticles()
    {
        var url = FeedHost.Serve("/tin-tuc", """
            <html><body><ul class="news">
              <li><a href="/bai/1.html">Xã ra mắt tổ công nghệ số cộng đồng</a><span class="d">20/11/2026 08:30</span></li>
              <li><a href="/bai/2.html">Hội thi văn nghệ mừng xuân</a><span class="d">19/11/2026</span></li>
            </ul></body></html>
            """);
        var commune = await Seed.CommuneAsync(App.Services, "xa-web", App.DataDirectory, "portal");
        var source = await Seed.SourceAsync(App.Services, commune.Id, url, Clock.GetUtcNow());
        await using (var scope = App.Scope())
        {
            var tracked = await Db(scope).Sources.SingleAsync(s => s.Id == source.Id);
            tracked.Kind = SourceKinds.Html;
            tracked.HtmlSelectorsJson = """{"item":"//ul[@class='news']/li","title":".//a","link":".//a/@href","date":".//span[@class='d']"}""";
            await Db(scope).SaveChangesAsync();
        }

        Assert.Equal(2, await PollAsync());

        await using var check = App.Scope();
        var items = await Db(check).FeedItems.OrderBy(i => i.Title).ToListAsync();
        Assert.Equal(["Hội thi văn nghệ mừng xuân", "Xã ra mắt tổ công nghệ số cộng đồng"], items.Select(i => i.Title));
        Assert.Equal(new Uri(FeedHost.BaseAddress, "/bai/1.html").AbsoluteUri, items[1].Url);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 1, 30, 0, TimeSpan.Zero), items[1].PublishedAt);
    }

    [Fact]
    public async Task ApprovedPost_isPublishedToTheOutboxWithAttemptAndAuditRows()
    {
        var url = FeedHost.Serve("/rss", Feeds.Rss(("p1", "Bình dân học vụ số về tới thôn", "Người dân học dùng VNeID")));
        var commune = await Seed.CommuneAsync(App.Services, "xa-c", App.DataDirectory, "portal", "facebook");
        await Seed.SourceAsync(App.Services, commune.Id, url, Clock.GetUtcNow());
        await PollAsync();
        Assert.Equal(1, await Run<PostComposer>(c => c.ComposeAsync(default)));
        Assert.Equal(0, await Run<PostComposer>(c => c.ComposeAsync(default)));

        Guid postId;
        await using (var scope = App.Scope())
        {
            var post = await Db(scope).Posts.Include(p => p.Deliveries).SingleAsync();
            Assert.Equal(PostState.PendingApproval, post.State);
            Assert.All(post.Deliveries, d => Assert.Equal(DeliveryState.Waiting, d.State));
            postId = post.Id;
        }
        Assert.Equal(0, await Run<DeliveryPublisher>(p => p.PublishDueAsync(default)));
        await using (var scope = App.Scope())
            Assert.Equal(Syndicator.Worker.Workflow.WorkflowResult.Done, await scope.ServiceProvider.GetRequiredService<PostWorkflow>().ApproveAsync(postId, "bien-tap-vien", "Đồng ý", null, default));
        Assert.Equal(2, await Run<DeliveryPublisher>(p => p.PublishDueAsync(default)));

        await using var check = App.Scope();
        var db = Db(check);
        var published = await db.Posts.Include(p => p.Deliveries).SingleAsync();
        Assert.Equal(PostState.Published, published.State);
        foreach (var delivery in published.Deliveries)
        {
            Assert.Equal(DeliveryState.Published, delivery.State);
            Assert.Equal($"outbox:{delivery.Key}", delivery.ExternalId);
            var file = Directory.GetFiles(Path.Combine(App.DataDirectory, "xa-c"), $"{delivery.Key}.json", SearchOption.AllDirectories).Single();
            Assert.Contains("Bình dân học vụ số về tới thôn", await File.ReadAllTextAsync(file));
        }
        Assert.Equal(2, await db.PublishAttempts.CountAsync(a => a.Outcome == "published"));
        var actions = await db.AuditEvents.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["post.composed", "post.approved", "delivery.published", "delivery.published"], actions);
        var publishedData = await db.AuditEvents.Where(e => e.Action == "delivery.published").Select(e => e.Data!).ToListAsync();
        Assert.All(publishedData, d =>
        {
            Assert.Contains("\"request\":{\"title\":\"Bình dân học vụ số về tới thôn\"", d);
            Assert.Contains("\"state\":\"Published\"", d);
            Assert.Contains("\"durationMs\":", d);
        });
    }

    [Fact]
    public async Task DeliveryStrandedByADeadWorker_isRequeuedBySweeperAndReconciledNotDuplicated()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-d", App.DataDirectory, "portal");
        var postId = await Seed.PendingPostAsync(App.Services, commune.Id, "Tin bị kẹt", Clock.GetUtcNow());
        await using (var scope = App.Scope())
            await scope.ServiceProvider.GetRequiredService<PostWorkflow>().ApproveAsync(postId, "duyet", null, null, default);
        // A worker publishes, then dies before recording the result: the lease is held and the file exists.
        await Run<DeliveryPublisher>(p => p.PublishDueAsync(default));
        await using (var scope = App.Scope())
        {
            var db = Db(scope);
            await db.Deliveries.ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, DeliveryState.InProgress).SetProperty(d => d.LeaseOwner, "dead-node")
                .SetProperty(d => d.LeaseUntil, Clock.GetUtcNow().AddMinutes(5)).SetProperty(d => d.ExternalId, (string?)null));
        }
        Assert.Equal(0, await Run<StrandedWorkSweeper>(s => s.SweepAsync(default)));
        Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await Run<StrandedWorkSweeper>(s => s.SweepAsync(default)));
        Assert.Equal(1, await Run<DeliveryPublisher>(p => p.PublishDueAsync(default)));

        await using var check = App.Scope();
        var delivery = await Db(check).Deliveries.SingleAsync();
        Assert.Equal(DeliveryState.Published, delivery.State);
        Assert.False(delivery.NeedsReconcile);
        Assert.Equal(["published", "reconciled"], await Db(check).PublishAttempts.OrderBy(a => a.Number).Select(a => a.Outcome).ToListAsync());
        Assert.Single(Directory.GetFiles(Path.Combine(App.DataDirectory, "xa-d"), "*.json", SearchOption.AllDirectories));
    }

    private Task<int> PollAsync() => Run<SourcePoller>(p => p.PollDueAsync(default));

    private async Task<int> Run<T>(Func<T, Task<int>> action) where T : notnull
    {
        await using var scope = App.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    private static SyndicatorDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
}

using System.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Composition;
using Syndicator.Worker.Ingestion;
using Syndicator.Worker.Sources;

namespace Syndicator.Tests.Integration;

/// <summary>
/// Source priority on real PostgreSQL: a story seen on several sources is composed once, from the best member of its
/// cluster, and every source reference is kept; priority also travels through sources YAML.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SourcePriorityTests() : PostgresAppTest(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero))
{
    private const string Title = "Tỉnh phát động phong trào Bình dân học vụ số";
    private const string LongBody = "<p>Sáng 20/11, tỉnh phát động phong trào Bình dân học vụ số.</p><p>Mỗi thôn có một tổ công nghệ số cộng đồng hướng dẫn người dân cài VNeID và nộp hồ sơ trực tuyến.</p>";

    [Fact]
    public async Task Compose_clusterOfThreeSources_usesTheHighestPrioritySourceAndKeepsEveryReference()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-p", App.DataDirectory, "portal");
        // Seen first, and the richest, but from the lowest-priority source.
        var low = await SourceWithStoryAsync(commune.Id, "Cổng thông tin huyện", 0, Rss("huyen-1", "Huyện đưa tin phát động.", LongBody, "https://huyen.example.vn/anh.jpg"));
        var high = await SourceWithStoryAsync(commune.Id, "Báo Chính phủ", 10, Rss("cp-7", "Báo Chính phủ: tỉnh phát động phong trào."));
        await SourceWithStoryAsync(commune.Id, "Báo tỉnh", 5, Rss("tinh-3", "Báo tỉnh đưa tin phát động phong trào."));

        Assert.Equal(1, await ComposeAsync());
        Assert.Equal(0, await ComposeAsync());

        await using var scope = App.Scope();
        var db = Db(scope);
        var post = await db.Posts.SingleAsync();
        var chosen = await db.FeedItems.SingleAsync(i => i.SourceId == high.Id);
        Assert.Equal(chosen.Id, post.FeedItemId);
        Assert.Equal("Báo Chính phủ", post.SourceName);
        Assert.Equal("https://nguon.example.vn/cp-7.html", post.SourceUrl);
        Assert.Equal("Báo Chính phủ: tỉnh phát động phong trào.", post.Lead);
        var items = await db.FeedItems.ToListAsync();
        Assert.Equal(3, items.Count);
        var root = items.Single(i => i.SourceId == low.Id);
        Assert.Null(root.DuplicateOfId);
        Assert.All(items.Where(i => i != root), i => Assert.Equal(root.Id, i.DuplicateOfId));
        Assert.All(items, i => Assert.True(i.Composed));
        Assert.All(items, i => Assert.False(i.Deleted));
    }

    [Fact]
    public async Task Compose_clusterWithEqualPriorities_usesTheRicherItemNotTheFirstSeen()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-r", App.DataDirectory, "portal");
        // The first seen has only its description (stored as its body too, which must not count as content).
        await SourceWithStoryAsync(commune.Id, "Nguồn một", 0, Rss("mot-1", "Tin vắn về phong trào Bình dân học vụ số của tỉnh, đăng kèm lịch các buổi hướng dẫn."));
        await SourceWithStoryAsync(commune.Id, "Nguồn hai", 0, Rss("hai-2", "Tin có ảnh.", image: "https://hai.example.vn/anh.jpg"));
        var full = await SourceWithStoryAsync(commune.Id, "Nguồn ba", 0, Rss("ba-3", "Tin đầy đủ.", LongBody));

        Assert.Equal(1, await ComposeAsync());

        await using var scope = App.Scope();
        var db = Db(scope);
        var post = await db.Posts.SingleAsync();
        Assert.Equal(await db.FeedItems.Where(i => i.SourceId == full.Id).Select(i => i.Id).SingleAsync(), post.FeedItemId);
        Assert.Equal("Nguồn ba", post.SourceName);
        Assert.Contains("tổ công nghệ số cộng đồng", post.BodyHtml);
        Assert.Equal(3, await db.FeedItems.CountAsync(i => i.Composed));
    }

    [Fact]
    public async Task Compose_singleCadence_postsTheClustersBestMemberOnce()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-c", App.DataDirectory, "portal");
        await SourceWithStoryAsync(commune.Id, "Nguồn thấp", -5, Rss("thap-1", "Tin từ nguồn ưu tiên thấp."));
        var high = await SourceWithStoryAsync(commune.Id, "Nguồn cao", 3, Rss("cao-1", "Tin từ nguồn ưu tiên cao."));
        await using (var scope = App.Scope())
        {
            var db = Db(scope);
            var theme = await db.FeedItems.Select(i => i.ThemeKey).FirstAsync();
            db.ThemeCadences.Add(new ThemeCadence
            {
                CommuneId = commune.Id, ThemeKey = theme!, Mode = CadenceModes.Single, Period = CadenceModes.Daily, ItemCount = 1, NextRunAt = Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await ComposeAsync());
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await ComposeAsync());

        await using var check = App.Scope();
        var posts = await Db(check).Posts.ToListAsync();
        var post = Assert.Single(posts);
        Assert.Equal("Nguồn cao", post.SourceName);
        Assert.Equal(await Db(check).FeedItems.Where(i => i.SourceId == high.Id).Select(i => i.Id).SingleAsync(), post.FeedItemId);
        Assert.All(await Db(check).FeedItems.ToListAsync(), i => Assert.True(i.Composed));
    }

    [Fact]
    public async Task Compose_higherPriorityCopyArrivingAfterThePost_joinsTheClusterWithoutASecondPost()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-l", App.DataDirectory, "portal");
        await SourceWithStoryAsync(commune.Id, "Nguồn đến trước", 0, Rss("truoc-1", "Tin đến trước."));
        Assert.Equal(1, await ComposeAsync());

        var late = await SourceWithStoryAsync(commune.Id, "Nguồn ưu tiên đến sau", 50, Rss("sau-1", "Tin đến sau.", LongBody));
        Assert.Equal(0, await ComposeAsync());

        await using var scope = App.Scope();
        var db = Db(scope);
        Assert.Equal("Nguồn đến trước", (await db.Posts.SingleAsync()).SourceName);
        var lateItem = await db.FeedItems.SingleAsync(i => i.SourceId == late.Id);
        Assert.NotNull(lateItem.DuplicateOfId);
        Assert.True(lateItem.Composed);
    }

    [Fact]
    public async Task Compose_twoComposersAtOnce_makeOnePostPerCluster()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-k", App.DataDirectory, "portal");
        await SourceWithStoryAsync(commune.Id, "Nguồn A", 0, Rss("a-1", "Tin A."));
        await SourceWithStoryAsync(commune.Id, "Nguồn B", 1, Rss("b-1", "Tin B."));
        await SourceWithStoryAsync(commune.Id, "Nguồn C", 2, Rss("c-1", "Tin C."));

        var made = await Task.WhenAll(ComposeAsync(), ComposeAsync(), ComposeAsync());

        Assert.Equal(1, made.Sum());
        await using var scope = App.Scope();
        Assert.Equal("Nguồn C", (await Db(scope).Posts.SingleAsync()).SourceName);
    }

    [Fact]
    public async Task Compose_whileAnotherComposerHoldsTheCluster_waitsThenMakesNoSecondPost()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-h", App.DataDirectory, "portal");
        var first = await SourceWithStoryAsync(commune.Id, "Nguồn A", 0, Rss("a-2", "Tin A."));
        await SourceWithStoryAsync(commune.Id, "Nguồn B", 1, Rss("b-2", "Tin B."));
        await using var holder = App.Scope();
        var db = Db(holder);
        var root = await db.FeedItems.SingleAsync(i => i.SourceId == first.Id);
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Another composer claimed the story and posted it from the member it saw; it has not committed yet.
        Assert.True(await StoryClusters.ClaimAsync(db, root.Id, default));
        db.Posts.Add(new Post { CommuneId = commune.Id, FeedItemId = root.Id, ThemeKey = root.ThemeKey!, Title = root.Title, SourceName = "Nguồn A", CreatedAt = Clock.GetUtcNow() });
        await db.SaveChangesAsync();

        var compose = ComposeAsync();
        await using var watcher = App.Scope();
        var reached = await Eventually.TrueAsync(async () => compose.IsCompleted || await WaitingOnALockAsync(Db(watcher)), TimeSpan.FromSeconds(20));
        Assert.True(reached && !compose.IsCompleted, $"the second composer never waited at the claim: {compose.Status} {compose.Exception}");
        await transaction.CommitAsync();

        Assert.Equal(0, await compose);
        await using var check = App.Scope();
        Assert.Equal("Nguồn A", (await Db(check).Posts.SingleAsync()).SourceName);
    }

    /// <summary>Asked outside the holder's transaction: a transaction sees one snapshot of pg_stat_activity.</summary>
    private static async Task<bool> WaitingOnALockAsync(SyndicatorDbContext db) =>
        await db.Database.SqlQueryRaw<int>(
            "SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").SingleAsync() > 0;

    [Fact]
    public async Task ImportExport_priority_roundTripsThroughYaml()
    {
        await Seed.CommuneAsync(App.Services, "tan-lap", App.DataDirectory);
        var yaml = """
            - commune: tan-lap
              name: Báo Chính phủ
              url: https://baochinhphu.vn/rss
              priority: 20
            - commune: tan-lap
              name: Trang tổng hợp
              url: https://tonghop.example.vn/rss
              priority: -10
            - commune: tan-lap
              name: Báo tỉnh
              url: https://baotinh.example.vn/rss
            """;

        var first = await ImportAsync(yaml);
        var again = await ImportAsync(SourceYaml.Write(await ExportAsync()));
        var changed = await ImportAsync(yaml.Replace("priority: 20", "priority: 15", StringComparison.Ordinal));

        Assert.Equal(new ImportSummary(3, 0, 0), first);
        Assert.Equal(new ImportSummary(0, 0, 3), again);
        Assert.Equal(new ImportSummary(0, 1, 2), changed);
        var exported = SourceYaml.Parse(SourceYaml.Write(await ExportAsync()));
        Assert.Equal([("Báo Chính phủ", 15), ("Báo tỉnh", 0), ("Trang tổng hợp", -10)], exported.Select(s => (s.Name!, s.Priority ?? int.MinValue)));
        await using var scope = App.Scope();
        Assert.Equal(15, (await Db(scope).Sources.SingleAsync(s => s.Name == "Báo Chính phủ")).Priority);
    }

    private async Task<ImportSummary> ImportAsync(string yaml)
    {
        await using var scope = App.Scope();
        return await new SourceImporter(Db(scope), Clock).ImportAsync(SourceYaml.Parse(yaml), null, default);
    }

    private async Task<IReadOnlyList<SourceDefinition>> ExportAsync()
    {
        await using var scope = App.Scope();
        return await new SourceExporter(Db(scope)).ExportAsync("tan-lap", default);
    }

    /// <summary>A source serving one story, polled at once: sources are seen in the order they are added.</summary>
    private async Task<Source> SourceWithStoryAsync(Guid communeId, string name, int priority, string rss)
    {
        var url = FeedHost.Serve($"/{communeId:N}/{Guid.NewGuid():N}", rss);
        var source = await Seed.SourceAsync(App.Services, communeId, url, Clock.GetUtcNow(), name, priority);
        Assert.Equal(1, await Run<SourcePoller>(p => p.PollDueAsync(default)));
        Clock.Advance(TimeSpan.FromSeconds(1));
        return source;
    }

    private static string Rss(string guid, string summary, string? content = null, string? image = null) =>
        $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Nguồn</title><link>https://nguon.example.vn/</link>
        <item><title>{{Title}}</title><link>https://nguon.example.vn/{{guid}}.html</link><guid>{{guid}}</guid><pubDate>Fri, 20 Nov 2026 08:00:00 +0700</pubDate>
        <description>{{SecurityElement.Escape(summary)}}</description>{{(content is null ? "" : $"<content:encoded><![CDATA[{content}]]></content:encoded>")}}{{(image is null ? "" : $"<enclosure url=\"{image}\" type=\"image/jpeg\" length=\"1000\"/>")}}</item>
        </channel></rss>
        """;

    private Task<int> ComposeAsync() => Run<PostComposer>(c => c.ComposeAsync(default));

    private async Task<int> Run<T>(Func<T, Task<int>> action) where T : notnull
    {
        await using var scope = App.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    private static SyndicatorDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
}

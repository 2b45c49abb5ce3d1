using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Composition;
using Syndicator.Worker.Ingestion;

namespace Syndicator.Tests.Integration;

/// <summary>Edits, tombstones, cross-source duplicates and refresh bounds on real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DedupeTests() : PostgresAppTest(new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.Zero))
{
    
    [Fact]
    public async Task Poll_titleEditedAtPublisher_updatesAndReclassifiesInsteadOfDuplicating()
    {
        var url = FeedHost.Serve("/rss", Feeds.Rss(("e1", "Hội thi văn nghệ", "Thôn Đông")));
        var commune = await Seed.CommuneAsync(App.Services, "xa-e", App.DataDirectory, "portal");
        await Seed.SourceAsync(App.Services, commune.Id, url, Clock.GetUtcNow());
        Assert.Equal(1, await PollAsync());
        FeedHost.Serve("/rss", Feeds.Rss(("e1", "Hội thi tìm hiểu chuyển đổi số", "Thôn Đông")));
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await PollAsync());

        await using var scope = App.Scope();
        var item = await Db(scope).FeedItems.SingleAsync();
        Assert.Equal("Hội thi tìm hiểu chuyển đổi số", item.Title);
        Assert.True(item.Relevant);
        Assert.Equal("chuyen-doi-so", item.ThemeKey);
        Assert.Equal("hoi thi tim hieu chuyen doi so", item.Fingerprint);
    }

    [Fact]
    public async Task Poll_titleAndCategoriesEditedAtPublisher_storesTheNewCategories()
    {
        var url = FeedHost.Serve("/rss", WithCategories(Feeds.Rss(("k1", "Hội thi văn nghệ", "Thôn Đông")), "Văn hóa"));
        var commune = await Seed.CommuneAsync(App.Services, "xa-k", App.DataDirectory, "portal");
        await Seed.SourceAsync(App.Services, commune.Id, url, Clock.GetUtcNow());
        await PollAsync();
        FeedHost.Serve("/rss", WithCategories(Feeds.Rss(("k1", "Hội thi văn nghệ mừng xuân", "Thôn Đông")), "Chuyển đổi số", "Văn hóa"));
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await PollAsync());

        await using var scope = App.Scope();
        var item = await Db(scope).FeedItems.SingleAsync();
        Assert.Equal("Hội thi văn nghệ mừng xuân", item.Title);
        Assert.Equal("Chuyển đổi số\nVăn hóa", item.Categories);
        Assert.True(item.Relevant);
        Assert.Contains("chuyên mục", item.MatchReason);
    }

    private static string WithCategories(string rss, params string[] categories) =>
        rss.Replace("</item>", string.Concat(categories.Select(c => $"<category>{c}</category>")) + "</item>", StringComparison.Ordinal);

    [Fact]
    public async Task Poll_tombstonedItem_neverReturnsNorUpdates()
    {
        var url = FeedHost.Serve("/rss", Feeds.Rss(("t1", "Chuyển đổi số ở thôn", "")));
        var commune = await Seed.CommuneAsync(App.Services, "xa-t", App.DataDirectory, "portal");
        await Seed.SourceAsync(App.Services, commune.Id, url, Clock.GetUtcNow());
        await PollAsync();
        await using (var scope = App.Scope())
            await Db(scope).FeedItems.ExecuteUpdateAsync(s => s.SetProperty(i => i.Deleted, true));
        FeedHost.Serve("/rss", Feeds.Rss(("t1", "Chuyển đổi số ở thôn (cập nhật)", "")));
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await PollAsync());
        Assert.Equal(0, await Run<PostComposer>(c => c.ComposeAsync(default)));

        await using var check = App.Scope();
        var item = await Db(check).FeedItems.SingleAsync();
        Assert.True(item.Deleted);
        Assert.Equal("Chuyển đổi số ở thôn", item.Title);
    }

    [Fact]
    public async Task Poll_sameStoryFromTwoSources_isComposedOnceAndKeepsBothReferences()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-x", App.DataDirectory, "portal");
        var first = await Seed.SourceAsync(App.Services, commune.Id, FeedHost.Serve("/tinh", Feeds.Rss(("s1", "Tỉnh phát động Bình dân học vụ số", ""))), Clock.GetUtcNow());
        Assert.Equal(1, await PollAsync());
        Assert.Equal(1, await Run<PostComposer>(c => c.ComposeAsync(default)));
        // The national portal carries the same story under its own GUID and with different punctuation.
        await Seed.SourceAsync(App.Services, commune.Id, FeedHost.Serve("/quocgia", Feeds.Rss(("qg-9", "Tỉnh phát động \"Bình dân học vụ số\"", ""))), Clock.GetUtcNow());
        await Seed.SourceAsync(App.Services, commune.Id, FeedHost.Serve("/bao", Feeds.Rss(("s1", "Tin khác cùng địa chỉ", ""))), Clock.GetUtcNow());

        Assert.Equal(2, await PollAsync());
        Assert.Equal(0, await Run<PostComposer>(c => c.ComposeAsync(default)));

        await using var scope = App.Scope();
        var db = Db(scope);
        var root = await db.FeedItems.SingleAsync(i => i.SourceId == first.Id);
        Assert.Null(root.DuplicateOfId);
        var cluster = await db.FeedItems.Where(i => i.DuplicateOfId == root.Id).ToListAsync();
        Assert.Equal(2, cluster.Count);
        Assert.All(cluster, i => Assert.True(i.Composed));
        Assert.Equal(1, await db.Posts.CountAsync());
    }

    [Theory]
    [InlineData(600, 600)]
    [InlineData(10_000, 1_440)]
    [InlineData(5, 30)]
    public async Task Poll_feedTtl_setsNextCheckWithinBounds(int ttlMinutes, int expectedMinutes)
    {
        var body = Feeds.Rss(("ttl1", "Tin", "")).Replace("<link>https://nguon.example.vn/</link>", $"<link>https://nguon.example.vn/</link><ttl>{ttlMinutes}</ttl>", StringComparison.Ordinal);
        var commune = await Seed.CommuneAsync(App.Services, $"xa-ttl-{ttlMinutes}", App.DataDirectory, "portal");
        var source = await Seed.SourceAsync(App.Services, commune.Id, FeedHost.Serve($"/ttl{ttlMinutes}", body), Clock.GetUtcNow());

        await PollAsync();

        await using var scope = App.Scope();
        var stored = await Db(scope).Sources.SingleAsync(s => s.Id == source.Id);
        Assert.Null(stored.LastError);
        Assert.Equal(Clock.GetUtcNow().AddMinutes(expectedMinutes), stored.NextCheckAt);
    }

    private Task<int> PollAsync() => Run<SourcePoller>(p => p.PollDueAsync(default));

    private async Task<int> Run<T>(Func<T, Task<int>> action) where T : notnull
    {
        await using var scope = App.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    private static SyndicatorDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
}

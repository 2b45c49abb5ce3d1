using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Composition;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Workflow;

namespace Syndicator.Tests.Integration;

/// <summary>Cadences on PostgreSQL: a single best story per period, a digest of the best N rendered with all its items.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CompositionCadenceTests() : PostgresAppTest(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero))
{
    
    [Fact]
    public async Task Compose_singleCadence_createsOnePostFromBestItemAndAdvancesNextRun()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-s", App.DataDirectory, "portal");
        var items = await ItemsAsync(commune.Id, ("Tin thường", 1.0), ("Tin hay nhất", 3.0), ("Tin khá", 2.0));
        await CadenceAsync(commune.Id, CadenceModes.Single, CadenceModes.Daily, 1);

        Assert.Equal(1, await ComposeAsync());
        Assert.Equal(0, await ComposeAsync());

        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var post = await db.Posts.SingleAsync();
        Assert.Equal("Tin hay nhất", post.Title);
        Assert.Equal(items[1], post.FeedItemId);
        Assert.Equal(PostState.PendingApproval, post.State);
        Assert.Equal([items[1]], await db.FeedItems.Where(i => i.Composed).Select(i => i.Id).ToListAsync());
        Assert.Equal(Clock.GetUtcNow().AddDays(1), (await db.ThemeCadences.SingleAsync()).NextRunAt);
    }

    [Fact]
    public async Task Compose_digestCadence_postsBestNInOrderAndOutboxHasEveryItem()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-d", App.DataDirectory, "portal");
        await ItemsAsync(commune.Id, ("Tin một", 3.0), ("Tin hai", 2.0), ("Tin ba", 1.0), ("Tin bốn", 0.1));
        await CadenceAsync(commune.Id, CadenceModes.Digest, CadenceModes.Weekly, 3);

        Assert.Equal(1, await ComposeAsync());

        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var post = await db.Posts.SingleAsync();
        Assert.Equal(PostKinds.Digest, post.Kind);
        var titles = await db.PostItems.Where(pi => pi.PostId == post.Id).OrderBy(pi => pi.Order)
            .Join(db.FeedItems, pi => pi.FeedItemId, i => i.Id, (pi, i) => i.Title).ToListAsync();
        Assert.Equal(["Tin một", "Tin hai", "Tin ba"], titles);
        Assert.False(await db.FeedItems.Where(i => i.Title == "Tin bốn").Select(i => i.Composed).SingleAsync());

        Assert.Equal(WorkflowResult.Done, await scope.ServiceProvider.GetRequiredService<PostWorkflow>().ApproveAsync(post.Id, "duyet", null, null, default));
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DeliveryPublisher>().PublishDueAsync(default));
        var file = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(App.DataDirectory, "xa-d"), "*.json", SearchOption.AllDirectories).Single());
        Assert.All(titles, t => Assert.Contains(t, file));
        Assert.DoesNotContain("Tin bốn", file);
    }

    [Fact]
    public async Task Compose_communeWithoutCadence_keepsOnePostPerItem()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-n", App.DataDirectory, "portal");
        await ItemsAsync(commune.Id, ("Tin A", 1.0), ("Tin B", 2.0));
        Assert.Equal(2, await ComposeAsync());
    }

    [Fact]
    public async Task Compose_themeWithoutCadence_inCommuneWithCadences_keepsOnePostPerItem()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-m", App.DataDirectory, "portal");
        await CadenceAsync(commune.Id, CadenceModes.Digest, CadenceModes.Weekly, 5);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var ids = await ItemsAsync(commune.Id, ("Tin chính sách", 3.0));
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
            await db.FeedItems.Where(i => ids.Contains(i.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.ThemeKey, "chinh-sach"));
        }

        await ComposeAsync();

        await using var check = App.Scope();
        var post = await check.ServiceProvider.GetRequiredService<SyndicatorDbContext>().Posts.SingleAsync(p => p.CommuneId == commune.Id);
        Assert.Equal(PostKinds.Story, post.Kind);
        Assert.Equal("chinh-sach", post.ThemeKey);
    }

    private async Task<int> ComposeAsync()
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<PostComposer>().ComposeAsync(default);
    }

    private async Task CadenceAsync(Guid communeId, string mode, string period, int count)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        db.ThemeCadences.Add(new ThemeCadence { CommuneId = communeId, ThemeKey = "chuyen-doi-so", Mode = mode, Period = period, ItemCount = count, NextRunAt = Clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    private async Task<List<Guid>> ItemsAsync(Guid communeId, params (string Title, double Score)[] items)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var source = new Source { CommuneId = communeId, Name = "Báo tỉnh", Url = "https://baotinh.example.vn/rss", NextCheckAt = Clock.GetUtcNow() };
        db.Sources.Add(source);
        var rows = items.Select((x, i) => new FeedItem
        {
            SourceId = source.Id, CommuneId = communeId, DedupeKey = "k" + i + x.Title, Title = x.Title, SummaryText = "Tóm tắt " + x.Title,
            Url = $"https://baotinh.example.vn/{i}", PublishedAt = Clock.GetUtcNow().AddHours(-1), FetchedAt = Clock.GetUtcNow(),
            Relevant = true, Score = x.Score, ThemeKey = "chuyen-doi-so", Fingerprint = "fp" + i + x.Title,
        }).ToList();
        db.FeedItems.AddRange(rows);
        await db.SaveChangesAsync();
        return rows.Select(r => r.Id).ToList();
    }
}

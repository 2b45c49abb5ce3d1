using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Classification;
using Syndicator.Worker.Ingestion;

namespace Syndicator.Tests.Integration;

/// <summary>Stored rules on real PostgreSQL: seeding, per-commune rules, and re-applying them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RulesTests() : PostgresAppTest(new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.Zero))
{
    
    [Fact]
    public async Task Startup_emptyRulesTable_seedsTheShippedGlobalRulesOnce()
    {
        await using var scope = App.Scope();
        var db = Db(scope);
        Assert.Equal(DefaultRules.All.Count, await db.RelevanceRules.CountAsync(r => r.CommuneId == null && r.SourceId == null));
        Assert.Equal(0, await RuleSeeder.SeedAsync(db, default));
        Assert.Equal(DefaultRules.All.Count, await db.RelevanceRules.CountAsync());
    }

    [Fact]
    public async Task Poll_communeRule_changesWhatIsStoredOnlyForThatCommune()
    {
        var body = Feeds.Rss(("h1", "Hợp tác xã chè Tân Cương lên sàn", ""));
        var withRule = await Seed.CommuneAsync(App.Services, "xa-che", App.DataDirectory, "portal");
        var without = await Seed.CommuneAsync(App.Services, "xa-khac", App.DataDirectory, "portal");
        await Seed.SourceAsync(App.Services, withRule.Id, FeedHost.Serve("/a", body), Clock.GetUtcNow());
        await Seed.SourceAsync(App.Services, without.Id, FeedHost.Serve("/b", body), Clock.GetUtcNow());
        await AddRuleAsync(new RelevanceRule { CommuneId = withRule.Id, Order = 1, Action = "include", Match = "keyword", Pattern = "lên sàn", ThemeKey = "doanh-nghiep-ho-gia-dinh" });

        Assert.Equal(2, await Run<SourcePoller>(p => p.PollDueAsync(default)));

        await using var scope = App.Scope();
        var items = await Db(scope).FeedItems.ToDictionaryAsync(i => i.CommuneId);
        Assert.True(items[withRule.Id].Relevant);
        Assert.Equal("quy tắc #1 \"lên sàn\" (từ khóa, tiêu đề)", items[withRule.Id].MatchReason);
        Assert.False(items[without.Id].Relevant);
    }

    [Fact]
    public async Task Apply_dryRunReportsWithoutWriting_thenApplyWritesAndAudits()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-ap", App.DataDirectory, "portal");
        await Seed.SourceAsync(App.Services, commune.Id, FeedHost.Serve("/ap", Feeds.Rss(
            ("p1", "Lớp bồi dưỡng nghiệp vụ văn thư", ""), ("p2", "Chuyển đổi số và xổ số kiến thiết", ""), ("p3", "Xã ra quân dịch vụ công trực tuyến", "")))
            , Clock.GetUtcNow());
        await Run<SourcePoller>(p => p.PollDueAsync(default));
        await AddRuleAsync(new RelevanceRule { CommuneId = commune.Id, Order = 1, Action = "include", Match = "phrase", Pattern = "nghiệp vụ", ThemeKey = "giao-duc-stem" });
        await AddRuleAsync(new RelevanceRule { CommuneId = commune.Id, Order = 2, Action = "exclude", Match = "keyword", Pattern = "ra quân" });

        var dry = await ApplyAsync(commune.Id, dryRun: true);
        Assert.Equal((3, 1, 1, 0), (dry.Checked, dry.BecameRelevant, dry.Dropped, dry.ThemeChanged));
        await using (var scope = App.Scope())
        {
            Assert.Equal(1, await Db(scope).FeedItems.CountAsync(i => i.Relevant));
            Assert.False(await Db(scope).AuditEvents.AnyAsync(e => e.Action == "rules.applied"));
        }

        var applied = await ApplyAsync(commune.Id, dryRun: false);
        Assert.Equal((1, 1), (applied.BecameRelevant, applied.Dropped));
        await using var check = App.Scope();
        var relevant = await Db(check).FeedItems.Where(i => i.Relevant).Select(i => i.Title).ToListAsync();
        Assert.Equal(["Lớp bồi dưỡng nghiệp vụ văn thư"], relevant);
        var audit = await Db(check).AuditEvents.SingleAsync(e => e.Action == "rules.applied");
        Assert.Contains("\"becameRelevant\":1", audit.Data);
        Assert.Empty(await ApplyAsync(commune.Id, dryRun: true) is var again ? again.Changes : []);
    }

    [Fact]
    public async Task Apply_itemKeptOnlyByCategoryRule_staysRelevantWithItsStoredCategories()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-cat", App.DataDirectory, "portal");
        await AddRuleAsync(new RelevanceRule
        {
            CommuneId = commune.Id, Order = 1, Action = "include", Match = "keyword", Pattern = "Khuyến nông số",
            Fields = "category", ThemeKey = "doanh-nghiep-ho-gia-dinh", Weight = 2,
        });
        await Seed.SourceAsync(App.Services, commune.Id, FeedHost.Serve("/cat", CategoryFeed("c1", "Hội nghị giao ban quý IV", "Khuyến nông số", "Tin xã")), Clock.GetUtcNow());
        await Run<SourcePoller>(p => p.PollDueAsync(default));
        await using (var scope = App.Scope())
        {
            var stored = await Db(scope).FeedItems.SingleAsync();
            Assert.True(stored.Relevant);
            Assert.Equal("Khuyến nông số\nTin xã", stored.Categories);
        }

        var applied = await ApplyAsync(commune.Id, dryRun: false);

        Assert.Equal((1, 0), (applied.Checked, applied.Changes.Count));
        await using var check = App.Scope();
        var item = await Db(check).FeedItems.SingleAsync();
        Assert.True(item.Relevant);
        Assert.Equal("doanh-nghiep-ho-gia-dinh", item.ThemeKey);
        Assert.Equal("quy tắc #1 \"Khuyến nông số\" (từ khóa, chuyên mục)", item.MatchReason);
    }

    private static string CategoryFeed(string guid, string title, params string[] categories) =>
        Feeds.Rss((guid, title, "")).Replace("</item>", string.Concat(categories.Select(c => $"<category>{c}</category>")) + "</item>", StringComparison.Ordinal);

    private async Task<RuleApplyReport> ApplyAsync(Guid communeId, bool dryRun)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<RuleApplier>().ApplyAsync(communeId, false, dryRun, "test", default);
    }

    private async Task AddRuleAsync(RelevanceRule rule)
    {
        await using var scope = App.Scope();
        Db(scope).RelevanceRules.Add(rule);
        await Db(scope).SaveChangesAsync();
    }

    private async Task<int> Run<T>(Func<T, Task<int>> action) where T : notnull
    {
        await using var scope = App.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    private static SyndicatorDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Campaigns;

namespace Syndicator.Tests.Integration;

/// <summary>Observance-day campaigns: created once per commune, pending approval, 08:00 local, on every enabled channel.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CampaignTests : IAsyncLifetime
{
    private readonly PostgresDatabase _pg = new();
    // 03/10/2026 09:00 in Vietnam: seven days before the National Digital Transformation Day.
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 10, 3, 2, 0, 0, TimeSpan.Zero));
    private TestApp _app = null!;
    private Commune _commune = null!;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString, _clock);
        _commune = await Seed.CommuneAsync(_app.Services, "xa-c", _app.DataDirectory, "portal", "facebook");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task Plan_runTwice_createsOneLeadUpAndOneDayOfPost()
    {
        Assert.Equal(2, await PlanAsync());
        Assert.Equal(0, await PlanAsync());

        await using var scope = _app.Scope();
        var posts = await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().Posts.Include(p => p.Deliveries)
            .Where(p => p.CommuneId == _commune.Id).OrderBy(p => p.ScheduledFor).ToListAsync();
        Assert.Equal(["chuyen-doi-so-2026-huong-ung", "chuyen-doi-so-2026"], posts.Select(p => p.CampaignKey));
        Assert.All(posts, p => Assert.Equal(PostKinds.Campaign, p.Kind));
        Assert.All(posts, p => Assert.Equal(PostState.PendingApproval, p.State));
        Assert.All(posts, p => Assert.Equal(2, p.Deliveries.Count));
        Assert.Equal(new DateTimeOffset(2026, 10, 7, 1, 0, 0, TimeSpan.Zero), posts[0].ScheduledFor);
        Assert.Equal(new DateTimeOffset(2026, 10, 10, 1, 0, 0, TimeSpan.Zero), posts[1].ScheduledFor);
        Assert.Contains("Ngày Chuyển đổi số quốc gia", posts[1].Title);
    }

    [Fact]
    public async Task Plan_twoScopesRacing_createOneSet()
    {
        await Task.WhenAll(PlanAsync(), PlanAsync(), PlanAsync());

        await using var scope = _app.Scope();
        var keys = await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().Posts
            .Where(p => p.CommuneId == _commune.Id).Select(p => p.CampaignKey).ToListAsync();
        Assert.Equal(2, keys.Count);
        Assert.Equal(2, keys.Distinct().Count());
    }

    [Fact]
    public async Task Plan_eightDaysBefore_createsNothing()
    {
        _clock.Advance(TimeSpan.FromDays(-1));
        Assert.Equal(0, await PlanAsync());
    }

    private async Task<int> PlanAsync()
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<CampaignPlanner>().PlanAsync(default);
    }
}

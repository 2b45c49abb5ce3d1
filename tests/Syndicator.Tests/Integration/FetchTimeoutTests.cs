using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Ingestion;

namespace Syndicator.Tests.Integration;

/// <summary>`Syndicator:Fetching` reaches the poller's fetcher: a source that stalls mid-body fails with the idle reason.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FetchTimeoutTests : IAsyncLifetime
{
    private readonly PostgresDatabase _pg = new();
    private FeedServer _feeds = null!;
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _feeds = await FeedServer.StartAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Syndicator:Fetching:Timeout"] = "00:01:00",
            ["Syndicator:Fetching:IdleTimeout"] = "00:00:01",
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _feeds.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task Poll_sourceStallsMidBody_recordsTheIdleReasonLongBeforeTheDeadline()
    {
        var commune = await Seed.CommuneAsync(_app.Services, "xa-idle", _app.DataDirectory);
        var url = _feeds.ServeStalling("/stall", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tin");
        var source = await Seed.SourceAsync(_app.Services, commune.Id, url, DateTimeOffset.UtcNow.AddMinutes(-1));
        var clock = Stopwatch.StartNew();

        await using (var scope = _app.Scope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SourcePoller>().PollDueAsync(default));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}; the overall deadline is 60 s");
        await using var check = _app.Scope();
        var stored = await check.ServiceProvider.GetRequiredService<SyndicatorDbContext>().Sources.SingleAsync(s => s.Id == source.Id);
        Assert.Equal("no data received for 1 s", stored.LastError);
        Assert.Equal(1, stored.ConsecutiveFailures);
    }
}

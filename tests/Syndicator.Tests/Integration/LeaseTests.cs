using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Connectors.Publishing;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Workflow;

namespace Syndicator.Tests.Integration;

/// <summary>
/// A lease must only ever cover the publish in progress: while one slow publish runs past the lease time, the
/// sweeper must find no other delivery of this worker to hand to someone else (that would publish it twice).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LeaseTests
{
    [Fact]
    public async Task SlowPublish_pastTheLease_leavesNoOtherClaimedDeliveryForTheSweeper()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 21, 2, 0, 0, TimeSpan.Zero));
        var slow = new SlowConnector(clock, TimeSpan.FromMinutes(2)); // each publish within the 5-minute lease; four together are not
        await using var pg = new PostgresDatabase();
        await pg.InitializeAsync();
        await using var app = await TestApp.StartAsync(pg.ConnectionString, clock, services: s => s.AddSingleton<IChannelConnector>(slow));
        slow.Services = app.Services;
        var commune = await Seed.CommuneAsync(app.Services, "xa-cham", app.DataDirectory);
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
            db.ChannelAccounts.Add(new ChannelAccount { CommuneId = commune.Id, Kind = SlowConnector.KindName, Name = "chậm", SettingsJson = JsonSerializer.Serialize(new Dictionary<string, string> { ["renderAs"] = "portal" }) });
            await db.SaveChangesAsync();
        }
        for (var i = 0; i < 4; i++)
        {
            var id = await Seed.PendingPostAsync(app.Services, commune.Id, $"Tin chậm {i}", clock.GetUtcNow());
            await using var scope = app.Scope();
            await scope.ServiceProvider.GetRequiredService<PostWorkflow>().ApproveAsync(id, "duyet", null, null, default);
        }

        await using (var scope = app.Scope())
            Assert.Equal(4, await scope.ServiceProvider.GetRequiredService<DeliveryPublisher>().PublishDueAsync(default));

        Assert.Equal([0, 0, 0, 0], slow.ReleasedBySweeperDuringPublish);
        Assert.Equal(4, slow.Published);
        await using var check = app.Scope();
        var db2 = check.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        Assert.Equal(4, await db2.Deliveries.CountAsync(d => d.State == DeliveryState.Published && !d.NeedsReconcile));
        Assert.Equal(4, await db2.PublishAttempts.CountAsync());
    }

    /// <summary>Takes longer than the lease, and lets the sweeper run while it is "busy".</summary>
    private sealed class SlowConnector(ManualClock clock, TimeSpan duration) : IChannelConnector
    {
        public const string KindName = "slow-test";

        public IServiceProvider Services { get; set; } = null!;
        public List<int> ReleasedBySweeperDuringPublish { get; } = [];
        public int Published { get; private set; }
        public string Kind => KindName;

        public async Task<PublishOutcome> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
        {
            clock.Advance(duration);
            await using var scope = Services.CreateAsyncScope();
            ReleasedBySweeperDuringPublish.Add(await scope.ServiceProvider.GetRequiredService<StrandedWorkSweeper>().SweepAsync(cancellationToken));
            Published++;
            return new PublishOutcome.Published("slow:" + request.DeliveryKey, null);
        }

        public Task<PublishOutcome.Published?> ReconcileAsync(PublishRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<PublishOutcome.Published?>(null);
    }
}


using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Hosting;
using Syndicator.Worker.Jobs;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Workflow;

namespace Syndicator.Tests.Integration;

/// <summary>Two real `--role worker` processes on one PostgreSQL: each fire runs once, each delivery goes out once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterTests : IAsyncLifetime
{
    private const int Posts = 40;
    private readonly PostgresDatabase _pg = new();
    private TestApp _web = null!;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _web = await TestApp.StartAsync(_pg.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _web.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task TwoWorkerProcesses_publishEachApprovedDeliveryOnce_andRunEachRecurringFireOnce()
    {
        var commune = await Seed.CommuneAsync(_web.Services, "xa-cum", _web.DataDirectory, "portal", "facebook", "zalo");
        await ApproveAsync(await SeedPostsAsync(commune.Id));

        await using (var a = StartWorker())
        await using (var b = StartWorker())
        {
            var done = await Eventually.TrueAsync(async () => await CountAsync(db => db.Deliveries.CountAsync(d => d.State == DeliveryState.Published)) == Posts * 3, TimeSpan.FromSeconds(90));
            // Let the recurring jobs fire a few more times on both nodes before counting.
            await Eventually.TrueAsync(async () => await CountAsync(db => db.JobRuns.CountAsync(r => r.JobName == JobNames.Sweep)) >= 6, TimeSpan.FromSeconds(30));
            Assert.True(done, "not every delivery was published:\n" + a.Output + b.Output);
            Assert.Equal(2, await ClusterMembersAsync());
        }

        await using var scope = _web.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var attempts = await db.PublishAttempts.GroupBy(a => a.DeliveryId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Posts * 3, attempts.Count);
        Assert.All(attempts, n => Assert.Equal(1, n));
        Assert.Equal(Posts * 3, Directory.GetFiles(Path.Combine(_web.DataDirectory, "xa-cum"), "*.json", SearchOption.AllDirectories).Length);
        Assert.Equal(Posts * 3, await db.AuditEvents.CountAsync(e => e.Action == "delivery.published"));

        var runs = await db.JobRuns.Where(r => r.ScheduledFireTime != null).Select(r => new { r.JobName, r.ScheduledFireTime, r.Node }).ToListAsync();
        var duplicates = runs.GroupBy(r => (r.JobName, r.ScheduledFireTime)).Count(g => g.Count() > 1);
        Assert.Equal(0, duplicates);
        Assert.True(runs.Count >= 8, $"expected several recurring fires, saw {runs.Count}");
    }

    [Fact]
    public async Task TwoPublishersRacing_onOneDatabase_claimEachDeliveryOnce()
    {
        var commune = await Seed.CommuneAsync(_web.Services, "xa-dua", _web.DataDirectory, "portal", "facebook");
        await ApproveAsync(await SeedPostsAsync(commune.Id));

        async Task<int> Drain(string node)
        {
            var total = 0;
            while (true)
            {
                await using var scope = _web.Scope();
                var publisher = ActivatorUtilities.CreateInstance<DeliveryPublisher>(scope.ServiceProvider, new NodeIdentity(node, ServiceRole.Worker));
                var n = await publisher.PublishDueAsync(default);
                if (n == 0) return total;
                total += n;
            }
        }
        var counts = await Task.WhenAll(Task.Run(() => Drain("node-a")), Task.Run(() => Drain("node-b")));

        Assert.Equal(Posts * 2, counts.Sum());
        var attempts = await CountAsync(db => db.PublishAttempts.CountAsync());
        Assert.Equal(Posts * 2, attempts);
    }

    private SyndicatorProcess StartWorker() => SyndicatorProcess.Start(["--role", "worker", "--urls", "http://127.0.0.1:0"], new Dictionary<string, string>
    {
        ["ConnectionStrings__Syndicator"] = _pg.ConnectionString,
        ["Syndicator__DataDirectory"] = _web.DataDirectory,
        ["Syndicator__SeedDemo"] = "false",
        ["Syndicator__Jobs__PublishEvery"] = "00:00:01",
        ["Syndicator__Jobs__PollSourcesEvery"] = "00:00:01",
        ["Syndicator__Jobs__ComposeEvery"] = "00:00:01",
        ["Syndicator__Jobs__SweepEvery"] = "00:00:01",
        ["Syndicator__Publishing__DeliveriesPerRun"] = "7",
    });

    private async Task<List<Guid>> SeedPostsAsync(Guid communeId)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < Posts; i++) ids.Add(await Seed.PendingPostAsync(_web.Services, communeId, $"Tin số {i}", DateTimeOffset.UtcNow));
        return ids;
    }

    private async Task ApproveAsync(IEnumerable<Guid> posts)
    {
        foreach (var id in posts)
        {
            await using var scope = _web.Scope();
            Assert.Equal(WorkflowResult.Done, await scope.ServiceProvider.GetRequiredService<PostWorkflow>().ApproveAsync(id, "duyet", null, null, default));
        }
    }

    /// <summary>Nodes checked in to the Quartz cluster (Quartz's own table).</summary>
    private async Task<int> ClusterMembersAsync()
    {
        await using var conn = new Npgsql.NpgsqlConnection(_pg.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = 'syndicator'", conn);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync());
    }

    private async Task<int> CountAsync(Func<SyndicatorDbContext, Task<int>> query)
    {
        await using var scope = _web.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>());
    }
}

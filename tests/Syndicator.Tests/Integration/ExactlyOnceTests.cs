using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Connectors.Facebook;
using Syndicator.Connectors.Portal;
using Syndicator.Connectors.Tests.Channels.Fakes;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Composition;
using Syndicator.Worker.Security;
using Xunit.Abstractions;

namespace Syndicator.Tests.Integration;

/// <summary>
/// Deliveries to fake WordPress, Graph and webhook servers that fail ~20 % of the time (before or after storing, some
/// stalling), published by a real worker process that is killed (-9) and restarted mid-run: every delivery ends
/// Published with exactly one post on its server, or Dead with a reason; never a duplicate.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExactlyOnceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int PostsPerChannel = 167;
    private const int Kills = 4;
    private readonly PostgresDatabase _pg = new();
    private TestApp _app = null!;
    private FakeWordPress _wordPress = null!;
    private FakeGraphApi _graph = null!;
    private FakeWebhookReceiver _webhook = null!;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString);
        _wordPress = await FakeWordPress.StartAsync(seed: 1);
        _graph = await FakeGraphApi.StartAsync(seed: 2);
        _webhook = await FakeWebhookReceiver.StartAsync(seed: 3);
    }

    public async Task DisposeAsync()
    {
        await _wordPress.DisposeAsync();
        await _graph.DisposeAsync();
        await _webhook.DisposeAsync();
        await _app.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task WorkerKilledRepeatedly_withTwentyPercentFaults_publishesEveryDeliveryExactlyOnce()
    {
        var clock = Stopwatch.StartNew();
        var total = await SeedAsync();
        foreach (var fake in new FakeServer[] { _wordPress, _graph, _webhook }) fake.FaultRate = 0.2;
        // Stalls after storing: the worker is often killed (or answered 504) while the post already exists.
        _wordPress.Inject(FakeWordPress.Create, FakeFault.TimeoutAfterStore(TimeSpan.FromSeconds(2)), 8);
        _graph.Inject(FakeGraphApi.Publish, FakeFault.TimeoutAfterStore(TimeSpan.FromSeconds(2)), 8);
        _webhook.Inject(FakeWebhookReceiver.Deliver, FakeFault.TimeoutAfterStore(TimeSpan.FromSeconds(2)), 8);

        var worker = StartWorker();
        var lastStart = DateTimeOffset.UtcNow;
        try
        {
            for (var kill = 1; kill <= Kills; kill++)
            {
                var target = total * kill / (Kills + 1);
                Assert.True(await Eventually.TrueAsync(async () => await FinishedAsync() >= target, TimeSpan.FromSeconds(60)), $"stuck before kill {kill} at {await FinishedAsync()}/{total} ({clock.Elapsed.TotalSeconds:F0}s); triggers: {await TriggersAsync()}\n{worker.Output}");
                worker.Kill();
                await worker.DisposeAsync();
                worker = StartWorker();
                lastStart = DateTimeOffset.UtcNow;
            }
            var done = await Eventually.TrueAsync(async () => await FinishedAsync() == total, TimeSpan.FromSeconds(90));
            Assert.True(done, $"only {await FinishedAsync()} of {total} deliveries finished:\n{worker.Output}");
            // The cluster-exclusive jobs keep firing on the restarted worker after the kills.
            Assert.True(await Eventually.TrueAsync(async () => await RunsSinceAsync(Syndicator.Worker.Jobs.JobNames.Compose, lastStart) > 0, TimeSpan.FromSeconds(30)),
                "compose did not run after the last restart");
        }
        finally
        {
            await worker.DisposeAsync();
        }

        var deliveries = await DeliveriesAsync();
        var duplicates = 0;
        var missing = 0;
        foreach (var d in deliveries)
        {
            var onServer = CountOnServer(d);
            if (onServer > 1) output.WriteLine($"duplicate on {d.Channel}: {d.Key} x{onServer} after {d.Attempts} attempts");
            if (onServer > 1) duplicates += onServer - 1;
            if (d.State == DeliveryState.Published && onServer == 0) missing++;
        }
        var dead = deliveries.Where(d => d.State == DeliveryState.Dead).ToList();
        output.WriteLine($"deliveries={total} published={deliveries.Count - dead.Count} dead={dead.Count} kills={Kills} duplicates={duplicates} " +
            $"requests wp={_wordPress.RequestCount} graph={_graph.RequestCount} hook={_webhook.RequestCount} attempts={await AttemptsAsync()} " +
            $"failedAttempts={await AttemptsAsync(failedOnly: true)} duration={clock.Elapsed.TotalSeconds:F0}s");
        Assert.Equal(0, duplicates);
        Assert.Equal(0, missing);
        Assert.All(dead, d => Assert.False(string.IsNullOrWhiteSpace(d.LastError), $"dead delivery {d.Id} has no reason"));
        Assert.All(dead, d => Assert.Equal(0, CountOnServer(d)));
        Assert.Equal(total, deliveries.Count(d => d.State is DeliveryState.Published or DeliveryState.Dead));
        Assert.True(await AttemptsAsync(failedOnly: true) > total / 10, "the fakes should have failed many attempts");
    }

    /// <summary>Posts on the delivery's fake server that carry its key (slug, marker line, delivery header).</summary>
    private int CountOnServer(Delivery d) => d.Channel switch
    {
        "wordpress" => _wordPress.Posts.Count(p => p.Status != "trash" && (p.Slug == WordPressSlug.From(d.Key) || p.Slug.StartsWith(WordPressSlug.From(d.Key) + "-", StringComparison.Ordinal))),
        "facebook" => _graph.Posts.Count(p => FacebookMarker.IsIn(p.Message, d.Key)),
        "webhook" => _webhook.Posts.ContainsKey(d.Key) ? 1 : 0,
        _ => throw new InvalidOperationException(d.Channel),
    };

    private async Task<int> SeedAsync()
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<SecretProtector>();
        var commune = new Commune { Slug = "xa-mot-lan", Name = "Xã Một Lần", CreatedAt = DateTimeOffset.UtcNow };
        db.Communes.Add(commune);
        ChannelAccount Account(string kind, Dictionary<string, string> settings, string secret) => new()
        {
            CommuneId = commune.Id, Kind = kind, Name = kind, SettingsJson = JsonSerializer.Serialize(settings), ProtectedSecret = protector.Protect(secret),
        };
        var accounts = new[]
        {
            Account("wordpress", new() { [WordPressSettings.SiteUrl] = _wordPress.BaseAddress.AbsoluteUri, [WordPressSettings.FeaturedImage] = "false" }, _wordPress.Credentials),
            Account("facebook", new() { [FacebookSettings.PageId] = _graph.PageId, [FacebookSettings.GraphBaseUrl] = _graph.BaseAddress.AbsoluteUri.TrimEnd('/') }, _graph.PageToken),
            Account("webhook", new() { [WebhookSettings.Url] = _webhook.HookUrl.AbsoluteUri, [WebhookSettings.LookupUrl] = _webhook.LookupUrl.AbsoluteUri }, _webhook.Secret),
        };
        db.ChannelAccounts.AddRange(accounts);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < PostsPerChannel; i++)
        {
            var post = new Post
            {
                CommuneId = commune.Id, ThemeKey = "chuyen-doi-so", Title = $"Tin chuyển đổi số số {i}", Lead = $"Tóm tắt tin {i}",
                SourceName = "Báo Nhân Dân", SourceUrl = $"https://nhandan.example.vn/tin-{i}.html", CreatedAt = now,
            };
            post.Approve("duyet", now);
            foreach (var account in accounts)
                post.Deliveries.Add(new Delivery
                {
                    PostId = post.Id, ChannelAccountId = account.Id, Channel = account.Kind, Key = DeliveryKeys.For(post.Id, account.Id, account.Name),
                    State = DeliveryState.Scheduled, DueAt = now,
                });
            db.Posts.Add(post);
        }
        await db.SaveChangesAsync();
        return PostsPerChannel * accounts.Length;
    }

    private SyndicatorProcess StartWorker() => SyndicatorProcess.Start(["--role", "worker", "--urls", "http://127.0.0.1:0"], new Dictionary<string, string>
    {
        ["ConnectionStrings__Syndicator"] = _pg.ConnectionString,
        ["Syndicator__DataDirectory"] = _app.DataDirectory,
        ["Syndicator__SeedDemo"] = "false",
        ["Syndicator__Jobs__PublishEvery"] = "00:00:01",
        ["Syndicator__Jobs__PollSourcesEvery"] = "00:01:00",
        ["Syndicator__Jobs__ComposeEvery"] = "00:00:02",
        ["Syndicator__Jobs__SweepEvery"] = "00:00:01",
        ["Syndicator__Publishing__FirstRetryAfter"] = "00:00:01",
        ["Syndicator__Publishing__MaxRetryAfter"] = "00:00:03",
        ["Syndicator__Publishing__Lease"] = "00:00:10",
        ["Syndicator__Publishing__DeliveriesPerRun"] = "25",
        ["Logging__LogLevel__Default"] = "Warning",
    });

    /// <summary>Quartz trigger states, for the failure message when publishing stalls.</summary>
    private async Task<string> TriggersAsync()
    {
        await using var conn = new Npgsql.NpgsqlConnection(_pg.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT string_agg(trigger_name || '=' || trigger_state, ', ') FROM qrtz_triggers", conn);
        return Convert.ToString(await cmd.ExecuteScalarAsync()) ?? "";
    }

    private async Task<int> RunsSinceAsync(string job, DateTimeOffset since)
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().JobRuns.CountAsync(r => r.JobName == job && r.StartedAt > since);
    }

    private async Task<int> FinishedAsync()
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().Deliveries.CountAsync(d => d.State == DeliveryState.Published || d.State == DeliveryState.Dead);
    }

    private async Task<List<Delivery>> DeliveriesAsync()
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().Deliveries.AsNoTracking().ToListAsync();
    }

    private async Task<int> AttemptsAsync(bool failedOnly = false)
    {
        await using var scope = _app.Scope();
        var attempts = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().PublishAttempts.AsQueryable();
        return failedOnly ? await attempts.CountAsync(a => a.Outcome != "published" && a.Outcome != "reconciled") : await attempts.CountAsync();
    }
}

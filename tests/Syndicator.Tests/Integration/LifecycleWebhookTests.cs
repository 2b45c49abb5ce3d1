using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Connectors.Portal;
using Syndicator.Storage;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Lifecycle;

namespace Syndicator.Tests.Integration;

/// <summary>Signed lifecycle webhooks from the audit trail on real PostgreSQL to a loopback receiver that checks signatures.</summary>
[Collection(PostgresCollection.Name)]
public sealed class LifecycleWebhookTests : IAsyncLifetime
{
    private const string Secret = "province-alerts-secret-2026";
    private readonly PostgresDatabase _pg = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 5, 18, 1, 0, 0, TimeSpan.Zero));
    private Receiver _receiver = null!;
    private TestApp _app = null!;
    private Guid _commune;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _receiver = await Receiver.StartAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString, _clock, settings: new Dictionary<string, string?>
        {
            ["Syndicator:Webhooks:Subscribers:0:Name"] = "tinh-canh-bao",
            ["Syndicator:Webhooks:Subscribers:0:Url"] = _receiver.Url.ToString(),
            ["Syndicator:Webhooks:Subscribers:0:Secret"] = Secret,
            ["Syndicator:Webhooks:Subscribers:0:Events:0"] = "post.approved",
            ["Syndicator:Webhooks:Subscribers:0:Events:1"] = "delivery.published",
            ["Syndicator:Webhooks:Subscribers:0:Events:2"] = "delivery.dead",
        });
        _commune = (await Seed.CommuneAsync(_app.Services, "xa-webhook", _app.DataDirectory, "portal")).Id;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _receiver.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task Send_newEvents_deliveredOnceInOrderSignedAndHistoryNotReplayed()
    {
        await AuditAsync(("post.approved", null));
        Assert.Equal(0, await SendAsync()); // first run: the cursor starts at the end of history
        var approved = await AuditAsync(("post.approved", null), ("post.edited", null), ("delivery.published", """{"channel":"outbox","attempt":1}"""),
            ("delivery.rejected", """{"channel":"facebook","attempt":1,"error":"Nội dung bị từ chối"}"""));

        var sent = await SendAsync();
        var again = await SendAsync();

        Assert.Equal(3, sent);
        Assert.Equal(0, again);
        var batch = Assert.Single(_receiver.Accepted);
        Assert.Equal("tinh-canh-bao", batch["subscriber"]!.GetValue<string>());
        var events = batch["events"]!.AsArray();
        Assert.Equal(["post.approved", "delivery.published", "delivery.dead"], events.Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal([approved[0], approved[2], approved[3]], events.Select(e => e!["id"]!.GetValue<long>()));
        Assert.Equal(_commune, events[0]!["communeId"]!.GetValue<Guid>());
        Assert.Equal("Nội dung bị từ chối", events[2]!["data"]!["error"]!.GetValue<string>());
        Assert.Equal(0, _receiver.BadSignatures);
    }

    [Fact]
    public async Task Send_receiverAnswers500_retriedNextRunWithoutLossOrDuplicates()
    {
        await SendAsync();
        var first = await AuditAsync(("post.approved", null), ("delivery.published", """{"attempt":1}"""));
        _receiver.FailNext(1);

        var failed = await SendAsync();
        var cursorAfterFailure = await CursorAsync();
        var second = await AuditAsync(("post.approved", null));
        var retried = await SendAsync();

        Assert.Equal(0, failed);
        Assert.Contains("HTTP 500", cursorAfterFailure.LastError);
        Assert.True(cursorAfterFailure.LastAuditEventId < first[0]);
        Assert.Equal(3, retried);
        var ids = _receiver.Accepted.SelectMany(b => b["events"]!.AsArray()).Select(e => e!["id"]!.GetValue<long>()).ToList();
        Assert.Equal([first[0], first[1], second[0]], ids);
        Assert.Null((await CursorAsync()).LastError);
        Assert.Equal(2, _receiver.Requests);
    }

    [Fact]
    public void Validate_subscriberWithoutUrlOrSecret_namesTheKeys()
    {
        var options = new Syndicator.Worker.Hosting.SyndicatorOptions();
        options.Webhooks.Subscribers.Add(new WebhookSubscriberOptions { Name = "tinh", Url = "ftp://x", Events = ["post.approved"] });

        var result = new LifecycleWebhookOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Configuration error in 'Syndicator:Webhooks:Subscribers:0:Url'", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Configuration error in 'Syndicator:Webhooks:Subscribers:0:Secret'", StringComparison.Ordinal));
    }

    private async Task<int> SendAsync()
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<LifecycleWebhookSender>().SendAsync(CancellationToken.None);
    }

    private async Task<List<long>> AuditAsync(params (string Action, string? Data)[] events)
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var added = events.Select(e => db.Audit(_clock.GetUtcNow(), _commune, "test", e.Action, "Post", Guid.NewGuid(),
            e.Data is null ? null : System.Text.Json.JsonDocument.Parse(e.Data).RootElement)).ToList();
        await db.SaveChangesAsync();
        return added.Select(a => a.Id).ToList();
    }

    private async Task<Syndicator.Storage.Entities.WebhookCursor> CursorAsync()
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().WebhookCursors.AsNoTracking().SingleAsync(c => c.Name == "tinh-canh-bao");
    }

    /// <summary>Accepts batches whose signature verifies; can be told to answer 500.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly List<JsonObject> _accepted = [];
        private int _failNext;
        private int _badSignatures;
        private int _requests;

        private Receiver(WebApplication app) => _app = app;

        public Uri Url { get; private set; } = new("http://127.0.0.1/");
        public int BadSignatures => Volatile.Read(ref _badSignatures);
        public int Requests => Volatile.Read(ref _requests);
        public IReadOnlyList<JsonObject> Accepted { get { lock (_accepted) return _accepted.ToList(); } }

        public void FailNext(int count) => Volatile.Write(ref _failNext, count);

        public static async Task<Receiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.Urls.Add("http://127.0.0.1:0");
            var receiver = new Receiver(app);
            app.MapPost("/alerts", (Delegate)receiver.HandleAsync);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            receiver.Url = new Uri(address.TrimEnd('/') + "/alerts");
            return receiver;
        }

        private async Task<IResult> HandleAsync(HttpContext context)
        {
            Interlocked.Increment(ref _requests);
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            if (Interlocked.Decrement(ref _failNext) >= 0) return Results.StatusCode(500);
            if (!WebhookSignature.IsValid(buffer.ToArray(), Secret, context.Request.Headers[WebhookHeaders.Signature]))
            {
                Interlocked.Increment(ref _badSignatures);
                return Results.StatusCode(401);
            }
            lock (_accepted) _accepted.Add(JsonNode.Parse(buffer.ToArray())!.AsObject());
            return Results.NoContent();
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Syndicator.Connectors.Portal;

namespace Syndicator.Connectors.Tests.Channels.Fakes;

/// <summary>
/// A portal implementing WEBHOOK.md: verifies <c>X-Syndicator-Signature</c> with the shared secret, stores at most
/// one post per <c>X-Syndicator-Delivery</c> (idempotent receiver) and answers the optional lookup.
/// </summary>
public sealed class FakeWebhookReceiver : FakeServer
{
    public const string Deliver = "deliver";
    public const string Lookup = "lookup";

    private readonly Lock gate = new();
    private readonly Dictionary<string, JsonObject> posts = [];
    private int attempts;

    private FakeWebhookReceiver(int seed) : base(seed) { }

    public string Secret { get; set; } = "shared-webhook-secret-2026";

    public int CreatedCount { get { lock (gate) { return posts.Count; } } }

    public int Attempts => Volatile.Read(ref attempts);

    public IReadOnlyDictionary<string, JsonObject> Posts { get { lock (gate) { return new Dictionary<string, JsonObject>(posts); } } }

    public Uri HookUrl => new(BaseAddress, "hooks/syndicator");

    public Uri LookupUrl => new(BaseAddress, "hooks/syndicator/lookup");

    public static async Task<FakeWebhookReceiver> StartAsync(int seed = 57)
    {
        var fake = new FakeWebhookReceiver(seed);
        await fake.StartServerAsync();
        return fake;
    }

    protected override void Map(WebApplication application)
    {
        application.MapPost("/hooks/syndicator", DeliverAsync);
        application.MapGet("/hooks/syndicator/lookup", LookupAsync);
    }

    protected override FakeFault? RandomFault(string operation, Random random) =>
        operation == Deliver ? FakeFault.Html(503) with { AfterStore = random.Next(2) == 0 } : null;

    private async Task DeliverAsync(HttpContext context)
    {
        Interlocked.Increment(ref attempts);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var fault = TakeFault(Deliver);
        if (fault is { AfterStore: false })
        {
            await WriteFaultAsync(context, fault);
            return;
        }

        if (!WebhookSignature.IsValid(body, Secret, context.Request.Headers[WebhookHeaders.Signature]))
        {
            await WriteJsonAsync(context, "{\"error\":\"bad signature\"}", 401);
            return;
        }

        var key = context.Request.Headers[WebhookHeaders.Delivery].ToString();
        var id = Store(key, JsonNode.Parse(body)!.AsObject());
        if (fault is { AfterStore: true })
        {
            await WriteFaultAsync(context, fault);
            return;
        }

        await WriteJsonAsync(context, Receipt(id), 201);
    }

    private async Task LookupAsync(HttpContext context)
    {
        if (TakeFault(Lookup) is { } fault)
        {
            await WriteFaultAsync(context, fault);
            return;
        }

        if (!WebhookSignature.IsValid([], Secret, context.Request.Headers[WebhookHeaders.Signature]))
        {
            await WriteJsonAsync(context, "{\"error\":\"bad signature\"}", 401);
            return;
        }

        var key = context.Request.Query["deliveryKey"].ToString();
        lock (gate)
        {
            if (!posts.ContainsKey(key))
            {
                context.Response.StatusCode = 404;
                return;
            }
        }

        await WriteJsonAsync(context, Receipt(IdOf(key)));
    }

    private string Store(string key, JsonObject body)
    {
        lock (gate)
        {
            posts.TryAdd(key, body);
            return IdOf(key);
        }
    }

    private string IdOf(string key)
    {
        lock (gate)
        {
            return "p-" + (posts.Keys.ToList().IndexOf(key) + 1);
        }
    }

    private string Receipt(string id) => new JsonObject { ["id"] = id, ["url"] = $"{BaseAddress}bai-viet/{id}" }.ToJsonString();
}

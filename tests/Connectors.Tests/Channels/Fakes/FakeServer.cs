using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Syndicator.Connectors.Tests.Channels.Fakes;

/// <summary>
/// Base of the loopback fakes: a real Kestrel server on 127.0.0.1 with an ephemeral port, per-operation fault
/// queues, and random faults (<see cref="FaultRate"/>, seeded) for load tests. Thread-safe.
/// </summary>
public abstract class FakeServer : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Queue<FakeFault>> faults = [];
    private readonly Random random;
    private WebApplication? app;
    private int requestCount;

    protected FakeServer(int seed) => random = new Random(seed);

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Probability (0..1) that an operation eligible for random faults fails; see <see cref="RandomFault"/>.</summary>
    public double FaultRate { get; set; }

    public int RequestCount => Volatile.Read(ref requestCount);

    /// <summary>Queues <paramref name="fault"/> for the next <paramref name="count"/> requests of <paramref name="operation"/>.</summary>
    public void Inject(string operation, FakeFault fault, int count = 1)
    {
        lock (gate)
        {
            if (!faults.TryGetValue(operation, out var queue))
            {
                faults[operation] = queue = new Queue<FakeFault>();
            }

            for (var i = 0; i < count; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref requestCount);
            await next(context);
        });
        Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    protected abstract void Map(WebApplication application);

    /// <summary>The fault a random failure of <paramref name="operation"/> produces, or null when it is not eligible.</summary>
    protected abstract FakeFault? RandomFault(string operation, Random random);

    /// <summary>Takes the next queued fault for the operation, or a random one.</summary>
    protected FakeFault? TakeFault(string operation)
    {
        lock (gate)
        {
            if (faults.TryGetValue(operation, out var queue) && queue.TryDequeue(out var fault))
            {
                return fault;
            }

            return FaultRate > 0 && random.NextDouble() < FaultRate ? RandomFault(operation, random) : null;
        }
    }

    protected static async Task WriteFaultAsync(HttpContext context, FakeFault fault)
    {
        if (fault.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(fault.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = fault.Status;
        foreach (var (name, value) in fault.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (fault.Body is not null)
        {
            context.Response.ContentType = fault.ContentType;
            await context.Response.WriteAsync(fault.Body, Encoding.UTF8);
        }
    }

    protected static Task WriteJsonAsync(HttpContext context, string json, int status = (int)HttpStatusCode.OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(json, Encoding.UTF8);
    }
}

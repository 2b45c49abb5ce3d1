using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Syndicator.Tests.Infrastructure;

/// <summary>A real HTTP server on 127.0.0.1 serving feeds the test sets up, counting requests per path.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (int Status, string Body)> _routes = new();
    private readonly ConcurrentDictionary<string, string> _stalls = new();

    public ConcurrentDictionary<string, int> Hits { get; } = new();
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    private FeedServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(async ctx =>
        {
            var path = ctx.Request.Path.Value ?? "/";
            Hits.AddOrUpdate(path, 1, (_, n) => n + 1);
            if (_stalls.TryGetValue(path, out var start))
            {
                await ctx.Response.WriteAsync(start, ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
            }
            if (!_routes.TryGetValue(path, out var route)) { ctx.Response.StatusCode = 404; return; }
            ctx.Response.StatusCode = route.Status;
            ctx.Response.ContentType = "application/rss+xml; charset=utf-8";
            await ctx.Response.WriteAsync(route.Body, ctx.RequestAborted);
        });
    }

    public static async Task<FeedServer> StartAsync()
    {
        var server = new FeedServer();
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public string Serve(string path, string body, int status = 200)
    {
        _routes[path] = (status, body);
        return new Uri(BaseAddress, path).AbsoluteUri;
    }

    /// <summary>Sends <paramref name="start"/> of a body, then nothing more until the client gives up.</summary>
    public string ServeStalling(string path, string start)
    {
        _stalls[path] = start;
        return new Uri(BaseAddress, path).AbsoluteUri;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

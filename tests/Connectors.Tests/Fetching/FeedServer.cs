using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Syndicator.Connectors.Tests.Fetching;

/// <summary>A real Kestrel server on 127.0.0.1 (random port) serving well-behaved and hostile feed endpoints.</summary>
public sealed class FeedServer : IAsyncLifetime
{
    public const string FeedXml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Xã Tân Phú</title><item><title>Chuyển đổi số</title><link>https://tanphu.example.gov.vn/1</link></item></channel></rss>";

    public static readonly DateTimeOffset FixedNow = new(2025, 11, 21, 3, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset FeedLastModified = new(2025, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private WebApplication? app;
    private byte[] gzipFeed = [];
    private byte[] gzipBomb = [];
    private int inFlight;
    private int maxInFlight;

    public Uri BaseUri { get; private set; } = null!;

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public Uri Url(string path) => new(BaseUri, path);

    public async Task InitializeAsync()
    {
        gzipFeed = Gzip(Encoding.UTF8.GetBytes(FeedXml), 1);
        gzipBomb = Gzip(new byte[1024 * 1024], 64);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MinResponseDataRate = null);
        app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        MapFeeds(app);
        MapHostile(app);
        MapStatus(app);
        await app.StartAsync();
        BaseUri = new Uri(app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private void MapFeeds(WebApplication web)
    {
        web.MapGet("/feed.xml", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "max-age=600";
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.Headers.CacheControl = "max-age=300";
                return Results.StatusCode(304);
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = FeedLastModified.ToString("R");
            return Results.Bytes(Encoding.UTF8.GetBytes(FeedXml), "application/rss+xml; charset=utf-8");
        });
        web.MapGet("/expires.xml", (HttpContext context) =>
        {
            context.Response.Headers.Date = FixedNow.ToString("R");
            context.Response.Headers.Expires = FixedNow.AddHours(1).ToString("R");
            return Results.Text(FeedXml, "text/xml");
        });
        web.MapGet("/gzip.xml", (HttpContext context) => Compressed(context, gzipFeed));
        web.MapGet("/bomb.xml", (HttpContext context) => Compressed(context, gzipBomb));
        web.MapGet("/slow.xml", async (HttpContext context) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await Task.Delay(150, context.RequestAborted);
            Interlocked.Decrement(ref inFlight);
            return Results.Text(FeedXml, "text/xml");
        });
    }

    private static void MapHostile(WebApplication web)
    {
        web.MapGet("/endless", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/rss+xml";
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (long sent = 0; sent < 500L * 1024 * 1024 && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        web.MapGet("/trickle", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/rss+xml";
            for (var i = 0; i < 60 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync("<"u8.ToArray(), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(1000, context.RequestAborted);
            }
        });
        web.MapGet("/stall", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.Body.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"u8.ToArray(), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        web.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        web.MapGet("/loop/b", () => Results.Redirect("/loop/a"));
        web.MapGet("/hop/{n:int}", (int n) => Results.Redirect($"/hop/{n + 1}"));
        web.MapGet("/moved", () => Results.Redirect("/feed.xml", permanent: true));
    }

    private static void MapStatus(WebApplication web)
    {
        web.MapGet("/gone", () => Results.StatusCode(410));
        web.MapGet("/busy", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "120";
            return Results.StatusCode(429);
        });
        web.MapGet("/maintenance", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = FixedNow.AddSeconds(90).ToString("R");
            return Results.StatusCode(503);
        });
        web.MapGet("/broken", () => Results.StatusCode(500));
    }

    private static IResult Compressed(HttpContext context, byte[] body)
    {
        context.Response.Headers.ContentEncoding = "gzip";
        return Results.Bytes(body, "application/rss+xml");
    }

    private static byte[] Gzip(byte[] block, int repeat)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            for (var i = 0; i < repeat; i++)
            {
                gzip.Write(block);
            }
        }

        return output.ToArray();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

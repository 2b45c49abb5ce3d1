using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Syndicator.Connectors.Tests.Channels.Fakes;

/// <summary>
/// The Graph API for one Page: <c>POST /{v}/{page}/feed|photos</c>, <c>GET /{v}/{page}/posts</c> and
/// <c>GET /{v}/debug_token</c>, with Graph error bodies (HTTP 400/500 + <c>error.code</c>) and usage headers.
/// </summary>
public sealed class FakeGraphApi : FakeServer
{
    public const string Publish = "publish";
    public const string ListPosts = "posts";
    public const string Debug = "debug";

    private readonly Lock gate = new();
    private readonly List<FakeGraphPost> posts = [];
    private long nextId = 9000;

    private FakeGraphApi(int seed) : base(seed) { }

    public string PageId { get; set; } = "104857600";

    public string PageToken { get; set; } = "EAAG-page-token-secret";

    /// <summary>Headers added to every answer, e.g. <c>X-App-Usage</c>.</summary>
    public ConcurrentDictionary<string, string> ResponseHeaders { get; } = new();

    /// <summary>The <c>data</c> object answered by <c>/debug_token</c>.</summary>
    public JsonObject TokenInfo { get; set; } = new();

    public IReadOnlyList<FakeGraphPost> Posts { get { lock (gate) { return posts.ToArray(); } } }

    public int CreatedCount { get { lock (gate) { return posts.Count; } } }

    public static async Task<FakeGraphApi> StartAsync(int seed = 57)
    {
        var fake = new FakeGraphApi(seed);
        await fake.StartServerAsync();
        return fake;
    }

    public static string Error(int code, string message, int? subcode = null, bool transient = false, string type = "OAuthException") =>
        new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["message"] = message, ["type"] = type, ["code"] = code, ["error_subcode"] = subcode,
                ["is_transient"] = transient, ["fbtrace_id"] = "AbCdEf123",
            },
        }.ToJsonString();

    protected override void Map(WebApplication application)
    {
        application.MapPost("/{version}/{page}/feed", (HttpContext context, string page) => PublishAsync(context, page, photo: false));
        application.MapPost("/{version}/{page}/photos", (HttpContext context, string page) => PublishAsync(context, page, photo: true));
        application.MapGet("/{version}/{page}/posts", ListAsync);
        application.MapGet("/{version}/debug_token", DebugAsync);
    }

    protected override FakeFault? RandomFault(string operation, Random random) => operation == Publish
        ? new FakeFault(500, Error(2, "An unexpected error has occurred. Please retry your request later.", transient: true)) { AfterStore = random.Next(2) == 0 }
        : null;

    private async Task PublishAsync(HttpContext context, string page, bool photo)
    {
        var form = await context.Request.ReadFormAsync();
        var (handled, fault) = await GuardAsync(context, Publish, form["access_token"].ToString(), page);
        if (handled)
        {
            return;
        }

        var post = photo
            ? Store(form["caption"].ToString(), null, form["url"].ToString())
            : Store(form["message"].ToString(), form.ContainsKey("link") ? form["link"].ToString() : null, null);
        if (fault is { AfterStore: true })
        {
            await WriteFaultAsync(context, fault);
            return;
        }

        var answer = photo ? new JsonObject { ["id"] = "77" + post.Id.Split('_')[1], ["post_id"] = post.Id } : new JsonObject { ["id"] = post.Id };
        await WriteJsonAsync(context, answer.ToJsonString());
    }

    private async Task ListAsync(HttpContext context, string page)
    {
        var (handled, _) = await GuardAsync(context, ListPosts, context.Request.Query["access_token"].ToString(), page);
        if (handled)
        {
            return;
        }

        // Like the Graph API: newest first, `limit` (default 25), `since` (Unix seconds) and an `after` cursor.
        var query = context.Request.Query;
        var limit = int.TryParse(query["limit"], out var l) ? Math.Clamp(l, 1, 100) : 25;
        var offset = int.TryParse(query["after"], out var a) ? a : 0;
        var since = long.TryParse(query["since"], out var s) ? DateTimeOffset.FromUnixTimeSeconds(s) : DateTimeOffset.MinValue;
        var matching = Posts.Where(p => p.CreatedTime >= since).OrderByDescending(p => p.CreatedTime).ThenByDescending(p => p.Id).ToList();
        var data = matching.Skip(offset).Take(limit)
            .Select(p => new { id = p.Id, message = p.Message, link = p.Link, created_time = p.CreatedTime.ToString("yyyy-MM-ddTHH:mm:sszz00") });
        var next = offset + limit < matching.Count ? (offset + limit).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        object paging = next is null
            ? new { cursors = new { after = offset.ToString(System.Globalization.CultureInfo.InvariantCulture) } }
            : new { cursors = new { after = next }, next = $"{context.Request.Path}?after={next}" };
        await WriteJsonAsync(context, JsonSerializer.Serialize(new { data, paging }));
    }

    private async Task DebugAsync(HttpContext context)
    {
        var (handled, _) = await GuardAsync(context, Debug, context.Request.Query["access_token"].ToString(), PageId);
        if (!handled)
        {
            await WriteJsonAsync(context, new JsonObject { ["data"] = TokenInfo.DeepClone() }.ToJsonString());
        }
    }

    private async Task<(bool Handled, FakeFault? Fault)> GuardAsync(HttpContext context, string operation, string token, string page)
    {
        foreach (var (name, value) in ResponseHeaders)
        {
            context.Response.Headers[name] = value;
        }

        var fault = TakeFault(operation);
        if (fault is { AfterStore: false })
        {
            await WriteFaultAsync(context, fault);
            return (true, fault);
        }

        if (token != PageToken || page != PageId)
        {
            var error = token != PageToken
                ? Error(190, "Invalid OAuth access token - Cannot parse access token")
                : Error(100, "Unsupported post request.", type: "GraphMethodException");
            await WriteJsonAsync(context, error, 400);
            return (true, null);
        }

        return (false, fault);
    }

    private FakeGraphPost Store(string? message, string? link, string? photoUrl)
    {
        lock (gate)
        {
            var post = new FakeGraphPost($"{PageId}_{++nextId}", message, link, photoUrl, DateTimeOffset.UtcNow);
            posts.Add(post);
            return post;
        }
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Syndicator.Connectors.Tests.Channels.Fakes;

/// <summary>
/// A WordPress REST API (<c>/wp-json/wp/v2/posts</c>, <c>/media</c>) with Basic-auth application passwords,
/// WordPress's silent "-2" slug de-duplication and an image host at <c>/images/cover.jpg</c>.
/// </summary>
public sealed class FakeWordPress : FakeServer
{
    public const string Lookup = "lookup";
    public const string Create = "create";
    public const string Media = "media";

    private readonly Lock gate = new();
    private readonly List<FakeWordPressPost> posts = [];
    private readonly List<long> media = [];
    private long nextId = 100;
    private bool raceNextCreate;

    private FakeWordPress(int seed) : base(seed) { }

    public string Credentials { get; set; } = "editor:abcd efgh ijkl mnop";

    public byte[] ImageBytes { get; set; } = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4];

    public IReadOnlyList<FakeWordPressPost> Posts { get { lock (gate) { return posts.ToArray(); } } }

    public int CreatedCount { get { lock (gate) { return posts.Count; } } }

    public int LiveCount { get { lock (gate) { return posts.Count(p => p.Status != "trash"); } } }

    public int MediaCount { get { lock (gate) { return media.Count; } } }

    public static async Task<FakeWordPress> StartAsync(int seed = 57)
    {
        var fake = new FakeWordPress(seed);
        await fake.StartServerAsync();
        return fake;
    }

    /// <summary>On the next create, a "concurrent worker" stores a post with the same slug first, so ours gets "-2".</summary>
    public void RaceNextCreate() { lock (gate) { raceNextCreate = true; } }

    public static string Error(string code, string message, int status) =>
        new JsonObject { ["code"] = code, ["message"] = message, ["data"] = new JsonObject { ["status"] = status } }.ToJsonString();

    protected override void Map(WebApplication application)
    {
        application.MapGet("/wp-json/wp/v2/posts", ListAsync);
        application.MapPost("/wp-json/wp/v2/posts", CreateAsync);
        application.MapDelete("/wp-json/wp/v2/posts/{id:long}", (HttpContext context, long id) => TrashAsync(context, id));
        application.MapPost("/wp-json/wp/v2/media", UploadAsync);
        application.MapGet("/images/cover.jpg", ServeImageAsync);
    }

    protected override FakeFault? RandomFault(string operation, Random random) => operation == Create
        ? random.Next(2) == 0 ? FakeFault.Html(503) : FakeFault.Html(502) with { AfterStore = true }
        : null;

    private Task ServeImageAsync(HttpContext context)
    {
        context.Response.ContentType = "image/jpeg";
        return context.Response.Body.WriteAsync(ImageBytes).AsTask();
    }

    private async Task ListAsync(HttpContext context)
    {
        if (await RejectAsync(context, Lookup))
        {
            return;
        }

        var slug = context.Request.Query["slug"].ToString();
        var statuses = context.Request.Query["status"].ToString().Split(',');
        var found = Posts.Where(p => p.Slug == slug && statuses.Contains(p.Status)).Select(ToJson);
        await WriteJsonAsync(context, new JsonArray(found.ToArray()).ToJsonString());
    }

    private async Task CreateAsync(HttpContext context)
    {
        var (handled, fault) = await GuardAsync(context, Create);
        if (handled)
        {
            return;
        }

        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var post = Store(body);
        if (fault is { AfterStore: true })
        {
            await WriteFaultAsync(context, fault);
            return;
        }

        context.Response.Headers.Location = $"{BaseAddress}wp-json/wp/v2/posts/{post.Id}";
        await WriteJsonAsync(context, ToJson(post)!.ToJsonString(), 201);
    }

    private async Task TrashAsync(HttpContext context, long id)
    {
        if (await RejectAsync(context, "trash"))
        {
            return;
        }

        lock (gate)
        {
            var index = posts.FindIndex(p => p.Id == id);
            if (index >= 0)
            {
                posts[index] = posts[index] with { Status = "trash" };
            }
        }

        await WriteJsonAsync(context, "{\"id\":" + id + ",\"status\":\"trash\"}");
    }

    private async Task UploadAsync(HttpContext context)
    {
        if (await RejectAsync(context, Media))
        {
            return;
        }

        if (!context.Request.Headers.ContentDisposition.ToString().StartsWith("attachment", StringComparison.Ordinal))
        {
            await WriteJsonAsync(context, Error("rest_upload_no_content_disposition", "No Content-Disposition supplied.", 400), 400);
            return;
        }

        long id;
        lock (gate)
        {
            id = ++nextId;
            media.Add(id);
        }

        await WriteJsonAsync(context, $"{{\"id\":{id},\"source_url\":\"{BaseAddress}uploads/{id}.jpg\"}}", 201);
    }

    private FakeWordPressPost Store(JsonObject body)
    {
        lock (gate)
        {
            var slug = (string?)body["slug"] ?? "post";
            if (raceNextCreate)
            {
                raceNextCreate = false;
                posts.Add(new FakeWordPressPost(++nextId, UniqueSlug(slug), "race", string.Empty, string.Empty, "publish", 0));
            }

            var post = new FakeWordPressPost(
                ++nextId, UniqueSlug(slug), (string?)body["title"] ?? string.Empty, (string?)body["content"] ?? string.Empty,
                (string?)body["excerpt"] ?? string.Empty, (string?)body["status"] ?? "draft", (long?)body["featured_media"] ?? 0);
            posts.Add(post);
            return post;
        }
    }

    private string UniqueSlug(string slug)
    {
        var candidate = slug;
        for (var n = 2; posts.Any(p => p.Slug == candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private async Task<bool> RejectAsync(HttpContext context, string operation) => (await GuardAsync(context, operation)).Handled;

    /// <summary>Applies a queued before-store fault or the auth check; returns the fault for after-store handling.</summary>
    private async Task<(bool Handled, FakeFault? Fault)> GuardAsync(HttpContext context, string operation)
    {
        var fault = TakeFault(operation);
        if (fault is { AfterStore: false })
        {
            await WriteFaultAsync(context, fault);
            return (true, fault);
        }

        return (await AuthorizedAsync(context), fault);
    }

    private async Task<bool> AuthorizedAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Credentials)))
        {
            return false;
        }

        var (code, message) = header.Length == 0
            ? ("rest_not_logged_in", "You are not currently logged in.")
            : ("incorrect_password", "The provided password is an invalid application password.");
        await WriteJsonAsync(context, Error(code, message, 401), 401);
        return true;
    }

    private JsonNode? ToJson(FakeWordPressPost post) => JsonSerializer.SerializeToNode(new
    {
        id = post.Id,
        slug = post.Slug,
        status = post.Status,
        link = $"{BaseAddress}{post.Slug}/",
        title = new { raw = post.Title },
        featured_media = post.FeaturedMedia,
    });
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Syndicator.Connectors.Tests.Channels.Fakes;

/// <summary>
/// The Zalo OA API (<c>/v2.0/article/create|verify|getslice</c>, <c>/v2.0/oa/message</c>) and its OAuth host
/// (<c>/v4/oa/access_token</c>) on one server: <c>{error, message, data}</c> envelopes with HTTP 200, the bare
/// <c>access_token</c> header, and single-use refresh tokens (a used one is refused, old access tokens die).
/// </summary>
public sealed class FakeZaloApi : FakeServer
{
    public const string Create = "create";
    public const string Verify = "verify";
    public const string List = "list";
    public const string Broadcast = "broadcast";
    public const string Refresh = "refresh";

    private readonly Lock gate = new();
    private readonly List<FakeZaloArticle> articles = [];
    private readonly List<string> broadcasts = [];
    private readonly FakeZaloTokens tokens = new();
    private int sequence;

    private FakeZaloApi(int seed) : base(seed) { }

    public string AppId { get; set; } = "2741000000";

    public string AppSecret { get; set; } = "zalo-app-secret-value";

    /// <summary>How many verify calls answer -214 ("being processed") before the id is returned.</summary>
    public int ProcessingPolls { get; set; }

    /// <summary>Name of the id field in the verify answer (clients disagree: "id" or "article_id").</summary>
    public string VerifyIdField { get; set; } = "id";

    /// <summary>How often each access token was used on the OA API.</summary>
    public ConcurrentDictionary<string, int> TokenUses { get; } = new();

    public IReadOnlyList<FakeZaloArticle> Articles { get { lock (gate) { return articles.ToArray(); } } }

    public int CreatedCount { get { lock (gate) { return articles.Count; } } }

    public IReadOnlyList<string> Broadcasts { get { lock (gate) { return broadcasts.ToArray(); } } }

    public int RefreshCount => tokens.RefreshCount;

    public static async Task<FakeZaloApi> StartAsync(int seed = 57)
    {
        var fake = new FakeZaloApi(seed);
        await fake.StartServerAsync();
        return fake;
    }

    /// <summary>Issues a valid access/refresh pair, as the OAuth consent flow would.</summary>
    public (string AccessToken, string RefreshToken) IssueTokens() => tokens.Issue();

    /// <summary>Every current access token now answers -220 (expired).</summary>
    public void ExpireAccessTokens() => tokens.ExpireAll();

    public static string Envelope(int error, string message, JsonNode? data = null) =>
        new JsonObject { ["error"] = error, ["message"] = message, ["data"] = data }.ToJsonString();

    protected override void Map(WebApplication application)
    {
        application.MapPost("/v4/oa/access_token", RefreshAsync);
        application.MapPost("/v2.0/article/create", CreateAsync);
        application.MapPost("/v2.0/article/verify", VerifyAsync);
        application.MapGet("/v2.0/article/getslice", ListAsync);
        application.MapPost("/v2.0/oa/message", BroadcastAsync);
    }

    protected override FakeFault? RandomFault(string operation, Random random) => operation == Create
        ? random.Next(2) == 0 ? new FakeFault(200, Envelope(-32, "Rate limit reached")) : FakeFault.Html(502) with { AfterStore = true }
        : null;

    private async Task RefreshAsync(HttpContext context)
    {
        if (TakeFault(Refresh) is { } fault)
        {
            await WriteFaultAsync(context, fault);
            return;
        }

        var form = await context.Request.ReadFormAsync();
        var pair = Rotate(form["refresh_token"].ToString(), form["app_id"].ToString(), form["grant_type"].ToString(), context.Request.Headers["secret_key"].ToString());
        var answer = pair is { } p
            ? new JsonObject { ["access_token"] = p.Access, ["refresh_token"] = p.Refresh, ["expires_in"] = "90000" }
            : new JsonObject { ["error"] = -14014, ["error_name"] = "Invalid refresh token", ["error_reason"] = "Refresh token is invalid or has been used" };
        await WriteJsonAsync(context, answer.ToJsonString());
    }

    private (string Access, string Refresh)? Rotate(string refreshToken, string appId, string grantType, string secret) =>
        appId == AppId && secret == AppSecret && grantType == "refresh_token" ? tokens.Rotate(refreshToken) : null;

    private async Task CreateAsync(HttpContext context)
    {
        var (handled, fault) = await GuardAsync(context, Create);
        if (handled)
        {
            return;
        }

        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var title = (string?)body["title"] ?? string.Empty;
        if (title.Length is 0 or > 150 || ((string?)body["description"])?.Length > 300)
        {
            await WriteJsonAsync(context, Envelope(-201, "title or description is invalid"));
            return;
        }

        var article = Store(body, title);
        if (fault is { AfterStore: true })
        {
            await WriteFaultAsync(context, fault);
            return;
        }

        await WriteJsonAsync(context, Envelope(0, "Success", new JsonObject { ["token"] = article.Token }));
    }

    private async Task VerifyAsync(HttpContext context)
    {
        var (handled, _) = await GuardAsync(context, Verify);
        if (handled)
        {
            return;
        }

        var token = (string?)(await JsonNode.ParseAsync(context.Request.Body))?["token"];
        await WriteJsonAsync(context, VerifyAnswer(token));
    }

    private string VerifyAnswer(string? token)
    {
        lock (gate)
        {
            var index = articles.FindIndex(a => a.Token == token);
            if (index < 0)
            {
                return Envelope(-201, "token is invalid");
            }

            var article = articles[index];
            if (article.PendingPolls > 0)
            {
                articles[index] = article with { PendingPolls = article.PendingPolls - 1 };
                return Envelope(-214, "Article is being processed");
            }

            return Envelope(0, "Success", new JsonObject { [VerifyIdField] = article.Id });
        }
    }

    private async Task ListAsync(HttpContext context)
    {
        var (handled, _) = await GuardAsync(context, List);
        if (handled)
        {
            return;
        }

        var offset = int.Parse(context.Request.Query["offset"].ToString());
        var limit = Math.Min(10, int.Parse(context.Request.Query["limit"].ToString()));
        var all = Articles.Reverse().ToArray();
        var medias = all.Skip(offset).Take(limit).Select(a => new { id = a.Id, title = a.Title, status = "show", type = "normal" });
        await WriteJsonAsync(context, Envelope(0, "Success", JsonSerializer.SerializeToNode(new { medias, total = all.Length })));
    }

    private async Task BroadcastAsync(HttpContext context)
    {
        var (handled, fault) = await GuardAsync(context, Broadcast);
        if (handled)
        {
            return;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        var articleId = (string?)body?["message"]?["attachment"]?["payload"]?["elements"]?[0]?["attachment_id"];
        if (!Articles.Any(a => a.Id == articleId))
        {
            await WriteJsonAsync(context, Envelope(-201, "attachment_id is invalid"));
            return;
        }

        lock (gate)
        {
            broadcasts.Add(articleId!);
        }

        if (fault is { AfterStore: true })
        {
            await WriteFaultAsync(context, fault);
            return;
        }

        await WriteJsonAsync(context, Envelope(0, "Success", new JsonObject { ["message_id"] = $"msg-{articleId}" }));
    }

    private async Task<(bool Handled, FakeFault? Fault)> GuardAsync(HttpContext context, string operation)
    {
        var token = context.Request.Headers["access_token"].ToString();
        TokenUses.AddOrUpdate(token, 1, (_, n) => n + 1);
        var fault = TakeFault(operation);
        if (fault is { AfterStore: false })
        {
            await WriteFaultAsync(context, fault);
            return (true, fault);
        }

        if (tokens.ErrorFor(token) is { } code)
        {
            await WriteJsonAsync(context, Envelope(code, code == -220 ? "Access token has expired" : "Access token is invalid"));
            return (true, null);
        }

        return (false, fault);
    }

    private FakeZaloArticle Store(JsonObject body, string title)
    {
        lock (gate)
        {
            var n = ++sequence;
            var article = new FakeZaloArticle(
                $"art-{n}", $"tok-{n}", title, (string?)body["description"] ?? string.Empty,
                (string?)body["cover"]?["photo_url"], (string?)body["author"], ProcessingPolls);
            articles.Add(article);
            return article;
        }
    }
}

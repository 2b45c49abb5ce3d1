using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Security;
using static Syndicator.Tests.Integration.ManualPostForms;

namespace Syndicator.Tests.Integration;

/// <summary>The server-rendered dashboard over real HTTP: antiforgery, login redirect, commune scope, encoding.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class DashboardFormTests : IAsyncLifetime
{
    private const string Hostile = "<script>alert(1)</script> Chuyển đổi số";
    private readonly PostgresDatabase _pg = new();
    private TestApp _app = null!;
    private Guid _postA;
    private Guid _postB;
    private Guid _hostileA;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString);
        var a = await Seed.CommuneAsync(_app.Services, "xa-a", _app.DataDirectory, "portal");
        var b = await Seed.CommuneAsync(_app.Services, "xa-b", _app.DataDirectory, "portal");
        _postA = await Seed.PendingPostAsync(_app.Services, a.Id, "Tin của xã A", DateTimeOffset.UtcNow);
        _postB = await Seed.PendingPostAsync(_app.Services, b.Id, "Tin của xã B", DateTimeOffset.UtcNow);
        _hostileA = await Seed.PendingPostAsync(_app.Services, a.Id, Hostile, DateTimeOffset.UtcNow);
        await UserAsync(_app, "duyet-a", [Roles.Approver], ["xa-a"]);
        await UserAsync(_app, "bientap-a", [Roles.Editor], ["xa-a"]);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task Approve_withoutAntiforgeryToken_isRefusedAndPostStaysPending()
    {
        using var client = await LoginAsync("duyet-a");
        var page = await client.GetStringAsync($"/posts/{_postA}");
        var version = VersionField().Match(page).Groups[1].Value;
        var forged = await client.PostAsync($"/posts/{_postA}/approve", Form(("version", version), ("note", "giả mạo")));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(PostState.PendingApproval, await StateAsync(_postA));

        // The same form with the page's token goes through: the refusal above was the missing token, nothing else.
        var genuine = await client.PostAsync($"/posts/{_postA}/approve", Form(("__RequestVerificationToken", Token(page)), ("version", version), ("note", "Đồng ý")));
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Equal("?m=approved", genuine.RequestMessage!.RequestUri!.Query);
        Assert.Equal(PostState.Approved, await StateAsync(_postA));
    }

    [Fact]
    public async Task Queue_withoutLogin_redirectsToLogin()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.BaseAddress };
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
        var login = await client.GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Đăng nhập", await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostPage_ofAnotherCommune_answers404()
    {
        using var client = await LoginAsync("bientap-a");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/posts/{_postB}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/posts/{_postA}")).StatusCode);
        Assert.DoesNotContain("Tin của xã B", await client.GetStringAsync("/?state=all"));
    }

    [Fact]
    public async Task Editor_approvingWithToken_getsVietnamese403AndPostStaysPending()
    {
        using var client = await LoginAsync("bientap-a");
        var page = await client.GetStringAsync($"/posts/{_postA}");
        var response = await client.PostAsync($"/posts/{_postA}/approve", Form(("__RequestVerificationToken", Token(page)), ("note", "tự duyệt")));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Bạn không có quyền duyệt", await response.Content.ReadAsStringAsync());
        Assert.Equal(PostState.PendingApproval, await StateAsync(_postA));
    }

    [Fact]
    public async Task Queue_withHostileTitle_showsItEncoded()
    {
        using var client = await LoginAsync("bientap-a");
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Chuyển đổi số", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains($"/posts/{_hostileA}", html);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Edit_withStaleVersion_answers409AndKeepsTitle()
    {
        using var client = await LoginAsync("bientap-a");
        var page = await client.GetStringAsync($"/posts/{_postA}");
        var response = await client.PostAsync($"/posts/{_postA}/edit",
            Form(("__RequestVerificationToken", Token(page)), ("version", Guid.NewGuid().ToString()), ("title", "Tiêu đề mới"), ("lead", "")));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Tin đã được người khác thay đổi", await response.Content.ReadAsStringAsync());
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        Assert.Equal("Tin của xã A", (await db.Posts.SingleAsync(p => p.Id == _postA)).Title);
    }

    private Task<HttpClient> LoginAsync(string user) => ManualPostForms.LoginAsync(_app, user);

    private async Task<PostState> StateAsync(Guid id)
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        return (await db.Posts.SingleAsync(p => p.Id == id)).State;
    }

    [GeneratedRegex("name=\"version\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex VersionField();
}

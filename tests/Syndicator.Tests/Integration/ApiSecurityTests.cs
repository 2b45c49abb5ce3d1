using System.Net;
using System.Net.Http.Json;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Security;
using static Syndicator.Tests.Integration.ManualPostForms;

namespace Syndicator.Tests.Integration;

/// <summary>Login, roles and per-commune scope are enforced by the server, over real HTTP.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ApiSecurityTests : IAsyncLifetime
{
    private readonly PostgresDatabase _pg = new();
    private TestApp _app = null!;
    private Guid _postA;
    private Guid _postB;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString);
        var a = await Seed.CommuneAsync(_app.Services, "xa-a", _app.DataDirectory, "portal");
        var b = await Seed.CommuneAsync(_app.Services, "xa-b", _app.DataDirectory, "portal");
        _postA = await Seed.PendingPostAsync(_app.Services, a.Id, "Tin của xã A", DateTimeOffset.UtcNow);
        _postB = await Seed.PendingPostAsync(_app.Services, b.Id, "Tin của xã B", DateTimeOffset.UtcNow);
        await UserAsync(_app, "duyet-a", [Roles.Approver], ["xa-a"]);
        await UserAsync(_app, "bientap-a", [Roles.Editor], ["xa-a"]);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task Api_withoutLogin_answers401()
    {
        using var client = _app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/posts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync($"/api/posts/{_postA}/approve", new { note = "x" })).StatusCode);
    }

    [Fact]
    public async Task Login_withWrongPassword_isRefusedAndLocksOutAfterFiveTries()
    {
        using var client = _app.Client();
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { userName = "duyet-a", password = "sai" })).StatusCode);
        Assert.Equal(HttpStatusCode.Locked, (await client.PostAsJsonAsync("/api/auth/login", new { userName = "duyet-a", password = "sai" })).StatusCode);
        Assert.Equal(HttpStatusCode.Locked, (await client.PostAsJsonAsync("/api/auth/login", new { userName = "duyet-a", password = Password })).StatusCode);
    }

    [Fact]
    public async Task Approver_ofCommuneA_seesAndApprovesOnlyCommuneA()
    {
        using var client = await LoginAsync("duyet-a");
        var list = await client.GetFromJsonAsync<List<PostView>>("/api/posts");
        Assert.Equal([_postA], list!.Select(p => p.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/posts/{_postB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/posts/{_postB}/approve", new { note = "x" })).StatusCode);

        var approved = await client.PostAsJsonAsync($"/api/posts/{_postA}/approve", new { note = "Đồng ý" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", (await approved.Content.ReadFromJsonAsync<PostView>())!.State);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/posts/{_postA}/approve", new { note = "lần hai" })).StatusCode);
    }

    [Fact]
    public async Task Editor_withoutApproverRole_cannotApprove()
    {
        using var client = await LoginAsync("bientap-a");
        var response = await client.PostAsJsonAsync($"/api/posts/{_postA}/approve", new { note = "tự duyệt" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var post = await client.GetFromJsonAsync<PostView>($"/api/posts/{_postA}");
        Assert.Equal("PendingApproval", post!.State);
    }

    [Fact]
    public async Task Approve_withStaleVersion_answersConflict()
    {
        using var client = await LoginAsync("duyet-a");
        var response = await client.PostAsJsonAsync($"/api/posts/{_postA}/approve", new { note = "x", version = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private Task<HttpClient> LoginAsync(string user) => ApiLoginAsync(_app, user);

    private sealed record PostView(Guid Id, string State, string Title);
}

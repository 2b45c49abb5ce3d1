using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Tests.Infrastructure;
using static Syndicator.Tests.Integration.ManualPostForms;

namespace Syndicator.Tests.Integration;

/// <summary>"/admin/users": an admin creates a user who can then log in; lock keeps them out; editors are refused.</summary>
[Collection(PostgresCollection.Name)]
public sealed class UsersAdminTests : IAsyncLifetime
{
    private readonly PostgresDatabase _pg = new();
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString);
        await Seed.CommuneAsync(_app.Services, "xa-u", _app.DataDirectory, "portal");
        await UserAsync(_app, "quantri", ["admin"], ["*"]);
        await UserAsync(_app, "bientap", ["editor"], ["xa-u"]);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task UsersAdmin_createdUser_canLogInAndSeesNavForRole()
    {
        using var admin = await LoginAsync(_app, "quantri");
        var response = await PostAsync(admin, "/admin/users", "/admin/users",
            ("userName", "nguoimoi"), ("password", "Mat-khau-Moi-2026"), ("roles", "editor"), ("communes", "xa-u"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nguoimoi", await response.Content.ReadAsStringAsync());

        using var created = await LoginAsync(_app, "nguoimoi", "Mat-khau-Moi-2026");
        var queue = await created.GetStringAsync("/");
        Assert.Contains("Viết tin", queue);
        Assert.DoesNotContain("/admin/users", queue);
        await using var scope = _app.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().AuditEvents.AnyAsync(a => a.Action == "user.created" && a.Actor == "quantri"));
    }

    [Fact]
    public async Task UsersAdmin_weakPassword_isRefusedInVietnamese()
    {
        using var admin = await LoginAsync(_app, "quantri");
        var response = await PostAsync(admin, "/admin/users", "/admin/users", ("userName", "yeu"), ("password", "1"), ("roles", "editor"), ("communes", "xa-u"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Không tạo được người dùng", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UsersAdmin_editor_isForbidden()
    {
        using var editor = await LoginAsync(_app, "bientap");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/users")).StatusCode);
        var response = await PostAsync(editor, "/", "/admin/users", ("userName", "x"), ("password", "Mat-khau-Moi-2026"), ("roles", "admin"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

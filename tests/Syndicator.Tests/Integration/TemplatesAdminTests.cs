using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Connectors.Publishing;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Publishing;
using static Syndicator.Tests.Integration.ManualPostForms;

namespace Syndicator.Tests.Integration;

/// <summary>"/admin/templates": an admin override changes what is published; a malformed one is refused with its position.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TemplatesAdminTests : IAsyncLifetime
{
    private readonly PostgresDatabase _pg = new();
    private TestApp _app = null!;
    private Commune _commune = null!;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString);
        _commune = await Seed.CommuneAsync(_app.Services, "xa-t", _app.DataDirectory, "portal");
        await UserAsync(_app, "quantri", ["admin"], ["*"]);
        await UserAsync(_app, "bientap", ["editor"], ["xa-t"]);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task Templates_savedFacebookOverride_changesRenderedFacebookText()
    {
        using var admin = await LoginAsync(_app, "quantri");
        var response = await PostAsync(admin, "/admin/templates?key=facebook", "/admin/templates",
            ("key", "facebook"), ("commune", "xa-t"), ("source", "TIN MỚI: {{ title }}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã lưu mẫu trình bày", await response.Content.ReadAsStringAsync());

        var text = await RenderFacebookAsync();
        Assert.StartsWith("TIN MỚI: Tin mẫu", text);
        await using var scope = _app.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().AuditEvents.AnyAsync(a => a.Action == "template.saved" && a.Actor == "quantri"));
    }

    [Fact]
    public async Task Templates_malformedTemplate_isRefusedWithLineAndColumn()
    {
        using var admin = await LoginAsync(_app, "quantri");
        var response = await PostAsync(admin, "/admin/templates?key=facebook", "/admin/templates",
            ("key", "facebook"), ("commune", ""), ("source", "Dòng một\n{{ title "));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("Dòng 2, cột \\d+", html);
        await using var scope = _app.Scope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().ChannelTemplates.CountAsync());
        Assert.DoesNotContain("TIN MỚI", await RenderFacebookAsync());
    }

    [Fact]
    public async Task Templates_editor_isForbidden()
    {
        using var editor = await LoginAsync(_app, "bientap");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/templates")).StatusCode);
    }

    private async Task<string> RenderFacebookAsync()
    {
        await using var scope = _app.Scope();
        var factory = scope.ServiceProvider.GetRequiredService<IDeliveryContentFactory>();
        var post = new Post { CommuneId = _commune.Id, ThemeKey = "chuyen-doi-so", Title = "Tin mẫu", SourceName = "Báo tỉnh", SourceUrl = "https://baotinh.example.vn/a" };
        var account = new ChannelAccount { CommuneId = _commune.Id, Kind = "facebook", Name = "fb" };
        var delivery = new Delivery { PostId = post.Id, ChannelAccountId = account.Id, Channel = "facebook", Key = "nq57-facebook-test" };
        ChannelContent content = factory.Render(post, delivery, account, _commune, null);
        return content.Text;
    }
}

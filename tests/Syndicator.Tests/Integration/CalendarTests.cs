using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Workflow;
using static Syndicator.Tests.Integration.ManualPostForms;

namespace Syndicator.Tests.Integration;

/// <summary>"/calendar": the week's deliveries by day and channel, only for the user's communes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CalendarTests : IAsyncLifetime
{
    private readonly PostgresDatabase _pg = new();
    // Tuesday 10/03/2026 09:00 in Vietnam.
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString, _clock);
        var a = await Seed.CommuneAsync(_app.Services, "xa-a", _app.DataDirectory, "portal");
        var b = await Seed.CommuneAsync(_app.Services, "xa-b", _app.DataDirectory, "portal");
        await ApproveAsync(await Seed.PendingPostAsync(_app.Services, a.Id, "Tin lịch xã A", _clock.GetUtcNow()));
        await ApproveAsync(await Seed.PendingPostAsync(_app.Services, b.Id, "Tin lịch xã B", _clock.GetUtcNow()));
        await UserAsync(_app, "bientap", ["editor"], ["xa-a"]);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task Calendar_currentWeek_showsScheduledPostOfOwnCommuneOnly()
    {
        using var client = await LoginAsync(_app, "bientap");
        var html = await client.GetStringAsync("/calendar");
        Assert.Contains("Tuần từ 09/03 đến 15/03/2026", html);
        Assert.Contains("Tin lịch xã A", html);
        Assert.Contains("09:00", html);
        Assert.DoesNotContain("Tin lịch xã B", html);
        Assert.Contains("week=2026-03-16", html);
    }

    [Fact]
    public async Task Calendar_nextWeek_isEmpty()
    {
        using var client = await LoginAsync(_app, "bientap");
        var response = await client.GetAsync("/calendar?week=2026-03-18");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tuần từ 16/03 đến 22/03/2026", html);
        Assert.DoesNotContain("Tin lịch xã A", html);
    }

    private async Task ApproveAsync(Guid id)
    {
        await using var scope = _app.Scope();
        Assert.Equal(WorkflowResult.Done, await scope.ServiceProvider.GetRequiredService<PostWorkflow>().ApproveAsync(id, "duyet", null, null, default));
    }
}

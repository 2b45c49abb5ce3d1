using System.Net;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Hosting;

namespace Syndicator.Tests.Integration;

/// <summary>The ops page shows every scheduled job with its last run, failures and next fire, and each account's commune.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OpsPageTests
{
    [Fact]
    public async Task OpsPage_onWorkerNode_listsEveryScheduledJobAndAccountsWithTheirCommune()
    {
        await using var pg = new PostgresDatabase();
        await pg.InitializeAsync();
        await using var app = await TestApp.StartAsync(pg.ConnectionString, role: ServiceRole.All);
        await Seed.CommuneAsync(app.Services, "xa-van-hanh", app.DataDirectory, "portal");
        await ManualPostForms.UserAsync(app, "van-hanh", ["ops"], ["*"]);
        using var client = await ManualPostForms.LoginAsync(app, "van-hanh");

        var response = await client.GetAsync("/ops");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var job in new[] { "poll-sources", "compose-posts", "publish-due-deliveries", "sweep-stranded-work", "plan-campaigns", "expire-unapproved-posts", "lifecycle-webhooks", "semi-annual-report" })
            Assert.Contains($"<td>{job}</td>", html);
        Assert.Contains("Lỗi 24 giờ", html);
        Assert.Contains("Xã xa-van-hanh", html);
    }
}

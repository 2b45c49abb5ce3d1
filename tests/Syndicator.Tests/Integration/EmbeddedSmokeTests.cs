using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Hosting;
using Syndicator.Worker.Workflow;

namespace Syndicator.Tests.Integration;

/// <summary>
/// The embedded default on SQLite, exactly as a newcomer starts it: demo commune, shipped sample feeds, outbox channels,
/// jobs running in memory. Pending posts appear; approving one leads to outbox files and a column feed entry.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EmbeddedSmokeTests
{
    [Fact]
    public async Task EmbeddedDemo_onSqlite_composesPendingPosts_andApprovedOneReachesOutboxAndColumnFeed()
    {
        await using var app = await TestApp.StartAsync(postgres: null, role: ServiceRole.All, settings: new Dictionary<string, string?>
        {
            ["Syndicator:SeedDemo"] = "true",
            ["Syndicator:Jobs:PollSourcesEvery"] = "00:00:01",
            ["Syndicator:Jobs:ComposeEvery"] = "00:00:01",
            ["Syndicator:Jobs:PublishEvery"] = "00:00:01",
        });
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "syndicator.db")));
        Assert.True(await Eventually.TrueAsync(async () => await Count(app, db => db.Posts.CountAsync()) >= 3, TimeSpan.FromSeconds(30)));

        Guid postId;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
            Assert.IsType<SqliteDbContext>(db);
            Assert.DoesNotContain(await db.Posts.Select(p => p.Title).ToListAsync(), t => t.Contains("bóng đá") || t.Contains("Giá vàng"));
            postId = (await db.Posts.FirstAsync(p => p.Title.Contains("Bình dân học vụ số"))).Id;
            Assert.Equal(WorkflowResult.Done, await scope.ServiceProvider.GetRequiredService<PostWorkflow>().ApproveAsync(postId, "admin", null, null, default));
        }
        Assert.True(await Eventually.TrueAsync(async () => await Count(app, db => db.Posts.CountAsync(p => p.Id == postId && p.State == PostState.Published)) == 1, TimeSpan.FromSeconds(30)));

        foreach (var channel in new[] { "portal", "facebook", "zalo", "radio" })
            Assert.Single(Directory.GetFiles(Path.Combine(app.DataDirectory, "outbox", channel), "*.json"));
        var radio = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(app.DataDirectory, "outbox", "radio"), "*.json").Single());
        Assert.Contains("Kính thưa bà con", radio);

        using var client = app.Client();
        var response = await client.GetAsync("/communes/xa-demo/nq57.rss");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var titles = rss.Descendants("item").Select(i => (string?)i.Element("title")).ToList();
        Assert.Single(titles);
        Assert.Contains("Bình dân học vụ số", titles[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/communes/khong-co/nq57.rss")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "admin-password.txt")));
    }

    private static async Task<int> Count(TestApp app, Func<SyndicatorDbContext, Task<int>> query)
    {
        await using var scope = app.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>());
    }
}

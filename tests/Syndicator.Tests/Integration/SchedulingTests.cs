using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Workflow;

namespace Syndicator.Tests.Integration;

/// <summary>Channel windows and daily caps on real PostgreSQL, from approval to the publish job.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchedulingTests() : PostgresAppTest(new DateTimeOffset(2026, 3, 10, 10, 0, 0, Vietnam).ToUniversalTime())
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    
    [Fact]
    public async Task Approve_threePostsWithDailyCapTwo_thirdGoesNextDayAtWindowStartAndNotToday()
    {
        var commune = await Seed.CommuneAsync(App.Services, "xa-lich", App.DataDirectory, "fanpage");
        await LimitAccountAsync(commune.Id);
        var posts = new List<Guid>();
        for (var i = 1; i <= 3; i++) posts.Add(await Seed.PendingPostAsync(App.Services, commune.Id, $"Bài {i} về chuyển đổi số", Clock.GetUtcNow()));

        foreach (var id in posts) Assert.Equal(WorkflowResult.Done, await ApproveAsync(id));
        var due = await DueTimesAsync(posts);
        var publishedToday = await PublishAsync();
        Clock.Advance(TimeSpan.FromHours(10)); // 20:00 local, still 10/3
        var publishedLaterToday = await PublishAsync();
        Clock.Advance(TimeSpan.FromHours(11)); // 07:00 local, 11/3
        var publishedNextMorning = await PublishAsync();

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 10, 0, 0, Vietnam), due[0]);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 10, 0, 0, Vietnam), due[1]);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 7, 0, 0, Vietnam), due[2]);
        Assert.Equal(2, publishedToday);
        Assert.Equal(0, publishedLaterToday);
        Assert.Equal(1, publishedNextMorning);
    }

    private async Task LimitAccountAsync(Guid communeId)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var account = await db.ChannelAccounts.SingleAsync(a => a.CommuneId == communeId);
        var settings = AccountContextFactory.ParseSettings(account.SettingsJson).ToDictionary();
        settings["windowStart"] = "07:00";
        settings["windowEnd"] = "21:00";
        settings["dailyCap"] = "2";
        account.SettingsJson = System.Text.Json.JsonSerializer.Serialize(settings);
        await db.SaveChangesAsync();
    }

    private async Task<WorkflowResult> ApproveAsync(Guid postId)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<PostWorkflow>().ApproveAsync(postId, "editor", null, null, CancellationToken.None);
    }

    private async Task<List<DateTimeOffset?>> DueTimesAsync(List<Guid> posts)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var rows = await db.Deliveries.Where(d => posts.Contains(d.PostId)).ToListAsync();
        return posts.Select(p => rows.Single(d => d.PostId == p).DueAt).ToList();
    }

    private async Task<int> PublishAsync()
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<DeliveryPublisher>().PublishDueAsync(CancellationToken.None);
    }
}

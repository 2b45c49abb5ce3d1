using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Jobs;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Workflow;

namespace Syndicator.Tests.Integration;

/// <summary>A Zalo account is published by one worker at a time, so two nodes never rotate its tokens at once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AccountLockTests
{
    [Fact]
    public async Task Publish_zaloAccountLockedByAnotherWorker_requeuesWithoutUsingAnAttempt()
    {
        await using var pg = new PostgresDatabase();
        await pg.InitializeAsync();
        await using var app = await TestApp.StartAsync(pg.ConnectionString);
        var commune = await Seed.CommuneAsync(app.Services, "xa-zalo", app.DataDirectory);
        Guid accountId;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
            var account = new ChannelAccount { CommuneId = commune.Id, Kind = "zalo", Name = "OA xã" };
            db.ChannelAccounts.Add(account);
            await db.SaveChangesAsync();
            accountId = account.Id;
        }
        var postId = await Seed.PendingPostAsync(app.Services, commune.Id, "Tin gửi Zalo", DateTimeOffset.UtcNow);
        await using (var scope = app.Scope())
            await scope.ServiceProvider.GetRequiredService<PostWorkflow>().ApproveAsync(postId, "duyet", null, null, default);

        // Another node holds the account: a separate connection, as another process would.
        var otherNode = new PostgresJobLocks(pg.ConnectionString);
        await using (var held = await otherNode.TryAcquireAsync("channel-account:" + accountId, default))
        {
            Assert.NotNull(held);
            await using var scope = app.Scope();
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DeliveryPublisher>().PublishDueAsync(default));
        }

        await using var check = app.Scope();
        var delivery = await check.ServiceProvider.GetRequiredService<SyndicatorDbContext>().Deliveries.SingleAsync();
        Assert.Equal(DeliveryState.Scheduled, delivery.State);
        Assert.Equal(0, delivery.Attempts);
        Assert.True(delivery.DueAt > DateTimeOffset.UtcNow);
        Assert.Null(delivery.LeaseOwner);
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<SyndicatorDbContext>().PublishAttempts.CountAsync());
    }
}

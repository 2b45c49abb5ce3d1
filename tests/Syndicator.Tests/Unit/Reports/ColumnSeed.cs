using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Tests.Unit.Reports;

/// <summary>One delivery to seed: its account, final state, publish time and the attempts/audit rows it leaves.</summary>
public sealed record SeedDelivery(ChannelAccount Account, DeliveryState State, DateTimeOffset? At = null, int FailedAttempts = 0, string? Error = null);

/// <summary>Posts in any state with deliveries, attempts and audit events, written as the publisher writes them.</summary>
public static class ColumnSeed
{
    public enum Decision { Pending, Approve, Reject }

    public static async Task<Guid> PostAsync(
        IServiceProvider services, Guid communeId, string title, Decision decision, DateTimeOffset created,
        string theme = "chuyen-doi-so", string source = "Báo Nhân Dân", params SeedDelivery[] deliveries)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var post = new Post
        {
            CommuneId = communeId, ThemeKey = theme, Title = title, Lead = "Tóm tắt: " + title, SourceName = source,
            SourceUrl = "https://nguon.example.vn/" + Guid.NewGuid().ToString("N"), CreatedAt = created,
        };
        if (decision == Decision.Approve) post.Approve("duyet", created);
        if (decision == Decision.Reject) post.Reject("duyet", created, "không phù hợp");
        foreach (var seed in deliveries)
        {
            var delivery = new Delivery
            {
                PostId = post.Id, ChannelAccountId = seed.Account.Id, Channel = seed.Account.Kind, Key = "k-" + Guid.NewGuid().ToString("N"),
                State = seed.State, PublishedAt = seed.State == DeliveryState.Published ? seed.At : null, LastError = seed.Error,
                Attempts = seed.FailedAttempts + (seed.State is DeliveryState.Published or DeliveryState.Dead ? 1 : 0),
            };
            post.Deliveries.Add(delivery);
            AddHistory(db, post, delivery, seed);
        }
        var last = deliveries.Select(d => d.At).Where(a => a is not null).Max() ?? created;
        post.RefreshFromDeliveries(last);
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    }

    private static void AddHistory(SyndicatorDbContext db, Post post, Delivery delivery, SeedDelivery seed)
    {
        if (seed.At is not { } at) return;
        for (var i = 0; i < seed.FailedAttempts; i++)
        {
            var failedAt = at.AddMinutes(-10 * (seed.FailedAttempts - i));
            Attempt(db, delivery, i + 1, failedAt, "Transient", "HTTP 503");
            db.Audit(failedAt, post.CommuneId, "worker:test", "delivery.transient", nameof(Delivery), delivery.Id, new { channel = delivery.Channel });
        }
        if (seed.State == DeliveryState.Published)
        {
            Attempt(db, delivery, seed.FailedAttempts + 1, at, "published", null);
            db.Audit(at, post.CommuneId, "worker:test", "delivery.published", nameof(Delivery), delivery.Id, new { channel = delivery.Channel });
        }
        else if (seed.State == DeliveryState.Dead)
        {
            Attempt(db, delivery, seed.FailedAttempts + 1, at, "Rejected", seed.Error);
            db.Audit(at, post.CommuneId, "worker:test", "delivery.rejected", nameof(Delivery), delivery.Id, new { channel = delivery.Channel, error = seed.Error });
        }
    }

    private static void Attempt(SyndicatorDbContext db, Delivery delivery, int number, DateTimeOffset at, string outcome, string? detail) =>
        db.PublishAttempts.Add(new PublishAttempt
        {
            DeliveryId = delivery.Id, Number = number, Worker = "test", StartedAt = at.AddSeconds(-1), FinishedAt = at, Outcome = outcome, Detail = detail,
        });
}

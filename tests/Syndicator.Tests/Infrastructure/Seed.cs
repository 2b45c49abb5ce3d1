using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Composition;

namespace Syndicator.Tests.Infrastructure;

/// <summary>Test data written through the real model.</summary>
public static class Seed
{
    public static async Task<Commune> CommuneAsync(IServiceProvider services, string slug, string outboxRoot, params string[] channels)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var commune = new Commune { Slug = slug, Name = $"Xã {slug}", CreatedAt = DateTimeOffset.UnixEpoch };
        db.Communes.Add(commune);
        foreach (var channel in channels)
        {
            db.ChannelAccounts.Add(new ChannelAccount
            {
                CommuneId = commune.Id, Kind = "outbox", Name = channel,
                SettingsJson = JsonSerializer.Serialize(new Dictionary<string, string> { ["directory"] = Path.Combine(outboxRoot, slug, channel) }),
            });
        }
        await db.SaveChangesAsync();
        return commune;
    }

    public static async Task<Source> SourceAsync(
        IServiceProvider services, Guid communeId, string url, DateTimeOffset now, string name = "Nguồn thử nghiệm", int priority = 0)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var source = new Source { CommuneId = communeId, Name = name, Url = url, NextCheckAt = now, Priority = priority };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source;
    }

    /// <summary>A pending post with one waiting delivery per channel account of the commune.</summary>
    public static async Task<Guid> PendingPostAsync(IServiceProvider services, Guid communeId, string title, DateTimeOffset now, string createdBy = "system")
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var post = new Post
        {
            CommuneId = communeId, ThemeKey = "chuyen-doi-so", Title = title, Lead = "Tóm tắt " + title,
            SourceName = "Nguồn thử nghiệm", SourceUrl = "https://nguon.example.vn/" + Uri.EscapeDataString(title), CreatedAt = now, CreatedBy = createdBy,
        };
        foreach (var account in db.ChannelAccounts.Where(a => a.CommuneId == communeId).ToList())
            post.Deliveries.Add(new Delivery { PostId = post.Id, ChannelAccountId = account.Id, Channel = account.Kind, Key = DeliveryKeys.For(post.Id, account.Id, account.Name) });
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Tests.Unit.Reports;

/// <summary>A year of column history for "xa-bc" (2025-07 … 2026-07) across three channels, seeded deterministically.</summary>
public static class ReportSeed
{
    private static readonly string[] Themes = ["chuyen-doi-so", "khoa-hoc-cong-nghe", "doi-moi-sang-tao"];
    private static readonly string[] Sources = ["Báo Nhân Dân", "Cổng TTĐT tỉnh", "VnExpress"];

    public static async Task<Guid> SeedAsync(IServiceProvider services)
    {
        var commune = new Commune { Slug = "xa-bc", Name = "Xã Bình Châu", CreatedAt = DateTimeOffset.UnixEpoch };
        var accounts = new[] { "wordpress", "facebook", "zalo" }.Select(k => new ChannelAccount { CommuneId = commune.Id, Kind = k, Name = k }).ToArray();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
            db.Communes.Add(commune);
            db.Communes.Add(new Commune { Slug = "xa-khac", Name = "Xã Khác", CreatedAt = DateTimeOffset.UnixEpoch });
            db.ChannelAccounts.AddRange(accounts);
            await db.SaveChangesAsync();
        }
        var random = new Random(57);
        var first = new DateTimeOffset(2025, 7, 3, 1, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 40; i++)
        {
            // Avoid 26/9–5/10 so the 1/10 campaign day stays uncovered.
            var at = first.AddHours(random.Next(0, 24 * 360));
            if (at > new DateTimeOffset(2025, 9, 25, 0, 0, 0, TimeSpan.Zero) && at < new DateTimeOffset(2025, 10, 6, 0, 0, 0, TimeSpan.Zero)) at = at.AddDays(40);
            await PostAsync(services, commune.Id, accounts, random, $"Tin {i}", at);
        }
        // Boundaries (Vietnam time): 31/12 23:59 is in H2 2025; 30/6 17:30 UTC is already 1/7 in Vietnam, outside H1 2026.
        await PostAsync(services, commune.Id, accounts, random, "Tin cuối năm", new DateTimeOffset(2025, 12, 31, 16, 59, 0, TimeSpan.Zero));
        await PostAsync(services, commune.Id, accounts, random, "Tin sau nửa đêm", new DateTimeOffset(2026, 6, 30, 17, 30, 0, TimeSpan.Zero));
        await PostAsync(services, commune.Id, accounts, random, "Tin 18/5", new DateTimeOffset(2026, 5, 16, 2, 0, 0, TimeSpan.Zero));
        await PostAsync(services, commune.Id, accounts, random, "Tin 10/10", new DateTimeOffset(2025, 10, 9, 2, 0, 0, TimeSpan.Zero));
        return commune.Id;
    }

    private static Task<Guid> PostAsync(IServiceProvider services, Guid communeId, ChannelAccount[] accounts, Random random, string title, DateTimeOffset at)
    {
        var deliveries = accounts.Select((a, n) => random.Next(6) switch
        {
            0 => new SeedDelivery(a, DeliveryState.Dead, at.AddMinutes(n), FailedAttempts: random.Next(3), Error: "Kênh từ chối: nội dung quá dài"),
            1 => new SeedDelivery(a, DeliveryState.Cancelled),
            _ => new SeedDelivery(a, DeliveryState.Published, at.AddMinutes(n), FailedAttempts: random.Next(3)),
        }).ToArray();
        // The first channel always goes out so the post is in the column.
        deliveries[0] = new SeedDelivery(accounts[0], DeliveryState.Published, at, FailedAttempts: random.Next(2));
        return ColumnSeed.PostAsync(services, communeId, title, ColumnSeed.Decision.Approve, at.AddHours(-2),
            Themes[random.Next(Themes.Length)], Sources[random.Next(Sources.Length)], deliveries);
    }
}

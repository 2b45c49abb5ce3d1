using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Composition;

/// <summary>Adds one waiting delivery per enabled channel account of the post's commune.</summary>
public static class ChannelDeliveries
{
    public static async Task<IReadOnlyList<string>> AddAsync(SyndicatorDbContext db, Post post, CancellationToken cancellationToken)
    {
        var accounts = await db.ChannelAccounts
            .Where(a => a.CommuneId == post.CommuneId && a.Enabled)
            .OrderBy(a => a.Name)
            .ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            post.Deliveries.Add(new Delivery
            {
                PostId = post.Id,
                ChannelAccountId = account.Id,
                Channel = account.Kind,
                Key = DeliveryKeys.For(post.Id, account.Id, account.Kind),
            });
        }
        return accounts.Select(a => a.Kind).ToList();
    }
}

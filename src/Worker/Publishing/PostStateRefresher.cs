using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Publishing;

/// <summary>
/// Re-derives a post's state from its deliveries after one of them changed. Two deliveries of one post can finish at
/// the same moment on two workers; the loser of the concurrency check simply re-reads and derives again.
/// </summary>
public static class PostStateRefresher
{
    private const int MaxTries = 5;

    public static async Task RefreshAsync(SyndicatorDbContext db, Guid postId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var post = await db.Posts.Include(p => p.Deliveries).SingleAsync(p => p.Id == postId, cancellationToken);
            post.RefreshFromDeliveries(now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxTries)
            {
                // Someone else changed the post in between; read it again.
            }
        }
    }
}

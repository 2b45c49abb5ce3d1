using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Workflow;

/// <summary>How workflow actions load a post and commit its change: a lost optimistic-concurrency race is a Conflict.</summary>
internal static class PostPersistence
{
    public static Task<Post?> LoadAsync(SyndicatorDbContext db, Guid postId, CancellationToken cancellationToken) =>
        db.Posts.Include(p => p.Deliveries).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);

    public static async Task<WorkflowResult> SaveAsync(SyndicatorDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WorkflowResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return WorkflowResult.Conflict;
        }
    }
}

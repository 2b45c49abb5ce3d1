using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Web.Feeds;

/// <summary>Loads a commune's published column (Published or PartiallyPublished posts), newest first.</summary>
public static class ColumnQuery
{
    public const int MaxItems = 50;
    private const int Candidates = MaxItems * 4;

    /// <summary>Null when no commune has this slug.</summary>
    public static async Task<ColumnSnapshot?> LoadAsync(SyndicatorDbContext db, string slug, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (commune is null) return null;
        // Ordering and aggregates over DateTimeOffset are done in memory: SQLite stores them as binary.
        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.CommuneId == commune.Id && (p.State == PostState.Published || p.State == PostState.PartiallyPublished))
            .OrderByDescending(p => p.UpdatedAt)
            .Take(Candidates)
            .ToListAsync(cancellationToken);
        var ids = posts.Select(p => p.Id).ToList();
        var published = (await db.Deliveries.AsNoTracking()
                .Where(d => ids.Contains(d.PostId) && d.State == DeliveryState.Published && d.PublishedAt != null)
                .Select(d => new { d.PostId, d.PublishedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(d => d.PostId)
            .ToDictionary(g => g.Key, g => g.Min(d => d.PublishedAt!.Value));
        var themes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Key, t => t.Name, cancellationToken);
        var items = posts
            .Select(p => ToItem(p, published.TryGetValue(p.Id, out var at) ? at : p.UpdatedAt, themes))
            .OrderByDescending(i => i.Published).ThenByDescending(i => i.PostId)
            .Take(MaxItems)
            .ToList();
        return new ColumnSnapshot(commune, items);
    }

    private static ColumnItem ToItem(Post post, DateTimeOffset published, IReadOnlyDictionary<string, string> themes) => new(
        post.Id,
        post.Title,
        post.SourceUrl,
        string.IsNullOrWhiteSpace(post.Lead) ? $"Nguồn: {post.SourceName}" : $"{post.Lead.Trim()} (Nguồn: {post.SourceName})",
        themes.GetValueOrDefault(post.ThemeKey, post.ThemeKey),
        published.ToUniversalTime(),
        post.UpdatedAt.ToUniversalTime());
}

using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;

namespace Syndicator.Worker.Classification;

/// <summary>Turns `--commune slug` / `--source url` into the rule scope they name.</summary>
public static class RuleScopeResolver
{
    public sealed record Scope(Guid? CommuneId, Guid? SourceId, string Label);

    /// <exception cref="RuleFileException">The commune or source does not exist, or is ambiguous.</exception>
    public static async Task<Scope> ResolveAsync(SyndicatorDbContext db, string? communeSlug, string? sourceUrl, CancellationToken cancellationToken)
    {
        Guid? communeId = null;
        if (communeSlug is not null)
        {
            communeId = await db.Communes.Where(c => c.Slug == communeSlug).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new RuleFileException([$"no commune with slug '{communeSlug}'"]);
        }

        if (sourceUrl is null) return new Scope(communeId, null, communeSlug is null ? "global scope" : $"commune {communeSlug}");
        var sources = await db.Sources.Where(s => s.Url == sourceUrl && (communeId == null || s.CommuneId == communeId))
            .Select(s => new { s.Id, s.CommuneId }).ToListAsync(cancellationToken);
        return sources.Count switch
        {
            0 => throw new RuleFileException([$"no source with URL '{sourceUrl}'"]),
            > 1 => throw new RuleFileException([$"several communes have the source '{sourceUrl}': add --commune"]),
            _ => new Scope(sources[0].CommuneId, sources[0].Id, $"source {sourceUrl}"),
        };
    }
}

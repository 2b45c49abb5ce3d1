using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;

namespace Syndicator.Worker.Sources;

/// <summary>Reads sources (all, or one commune's) as <see cref="SourceDefinition"/> values, ordered by commune and name.</summary>
public sealed class SourceExporter(SyndicatorDbContext db)
{
    /// <exception cref="SourceFileException">The commune slug is unknown.</exception>
    public async Task<IReadOnlyList<SourceDefinition>> ExportAsync(string? communeSlug, CancellationToken cancellationToken)
    {
        var communes = await db.Communes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken);
        var query = db.Sources.AsNoTracking();
        if (communeSlug is not null)
        {
            var id = communes.FirstOrDefault(c => c.Value == communeSlug).Key;
            if (id == Guid.Empty) throw new SourceFileException([$"unknown commune '{communeSlug}'"]);
            query = query.Where(s => s.CommuneId == id);
        }

        var rows = await query.ToListAsync(cancellationToken);
        return rows
            .Select(s => SourceMapping.ToDefinition(s, communes[s.CommuneId]))
            .OrderBy(d => d.Commune, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
    }
}

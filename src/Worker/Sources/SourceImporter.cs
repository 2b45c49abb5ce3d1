using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Sources;

/// <summary>Upserts validated sources by (commune, url). All entries are checked before anything is written.</summary>
public sealed class SourceImporter(SyndicatorDbContext db, TimeProvider clock)
{
    /// <param name="defaultCommune">Slug used for entries without <c>commune</c> (catalogue files).</param>
    /// <exception cref="SourceFileException">An entry names an unknown commune, or has none and no default was given.</exception>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<SourceDefinition> sources, string? defaultCommune, CancellationToken cancellationToken)
    {
        var communes = await db.Communes.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var errors = new List<string>();
        var resolved = new List<(SourceDefinition Definition, Guid CommuneId)>();
        for (var i = 0; i < sources.Count; i++)
        {
            var slug = sources[i].Commune ?? defaultCommune;
            if (slug is null) errors.Add($"{SourceYaml.Where(sources[i], i)}: commune is missing (give it in the file or with --commune)");
            else if (!communes.TryGetValue(slug, out var id)) errors.Add($"{SourceYaml.Where(sources[i], i)}: unknown commune '{slug}'");
            else resolved.Add((sources[i], id));
        }

        if (errors.Count > 0) throw new SourceFileException(errors);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var (definition, communeId) in resolved)
        {
            var url = definition.Url!.Trim();
            var existing = db.Sources.Local.FirstOrDefault(s => s.CommuneId == communeId && s.Url == url)
                ?? await db.Sources.FirstOrDefaultAsync(s => s.CommuneId == communeId && s.Url == url, cancellationToken);
            if (existing is null)
            {
                var source = new Source { CommuneId = communeId, Name = definition.Name!, Url = url, NextCheckAt = clock.GetUtcNow() };
                SourceMapping.Apply(definition, source);
                db.Sources.Add(source);
                created++;
            }
            else if (SourceMapping.Apply(definition, existing)) updated++;
            else unchanged++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportSummary(created, updated, unchanged);
    }
}

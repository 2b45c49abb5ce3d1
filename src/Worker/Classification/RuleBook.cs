using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Classification;

/// <summary>
/// The classifier for a (commune, source). Reads the rules table once per scope (one poll run, one command),
/// stamps its content, and reuses the compiled sets from <see cref="RuleCache"/> while the stamp is unchanged.
/// </summary>
public sealed class RuleBook(SyndicatorDbContext db, RuleCache cache, IOptions<ClassificationOptions> options)
{
    private (string Stamp, List<RelevanceRule> Rules)? _snapshot;

    public async Task<RelevanceClassifier> ForAsync(Guid communeId, Guid sourceId, CancellationToken cancellationToken)
    {
        _snapshot ??= await LoadAsync(cancellationToken);
        return cache.Get(_snapshot.Value.Stamp, _snapshot.Value.Rules, communeId, sourceId, options.Value);
    }

    /// <summary>Forgets the snapshot so the next call reads the table again.</summary>
    public void Refresh() => _snapshot = null;

    private async Task<(string, List<RelevanceRule>)> LoadAsync(CancellationToken cancellationToken)
    {
        var rules = await db.RelevanceRules.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return (Stamp(rules), rules);
    }

    /// <summary>A hash of every rule's content, so any insert, edit, disable or delete changes it.</summary>
    public static string Stamp(IEnumerable<RelevanceRule> rules)
    {
        var text = new StringBuilder();
        foreach (var r in rules)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.Id}|{r.CommuneId}|{r.SourceId}|{r.Order}|{r.Action}|{r.Match}|{r.Pattern}|{r.Fields}|")
                .Append(CultureInfo.InvariantCulture, $"{r.AccentInsensitive}|{r.ThemeKey}|{r.Weight:R}|{r.Enabled}\n");
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Classification;

/// <summary>
/// Seeds the shipped default rules as global rules when the rules table is empty. Seeded ids are derived from the
/// rule, so two nodes seeding at once collide on the key instead of storing the rules twice.
/// </summary>
public static class RuleSeeder
{
    public static async Task<int> SeedAsync(SyndicatorDbContext db, CancellationToken cancellationToken)
    {
        if (await db.RelevanceRules.AnyAsync(cancellationToken)) return 0;
        var rules = DefaultRules.All;
        foreach (var rule in rules)
        {
            db.RelevanceRules.Add(new RelevanceRule
            {
                Id = SeedId(rule), Order = rule.Order, Action = rule.Action, Match = rule.Match, Pattern = rule.Pattern, Fields = rule.Fields,
                AccentInsensitive = rule.AccentInsensitive, ThemeKey = rule.ThemeKey, Weight = rule.Weight, Enabled = rule.Enabled,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return rules.Count;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // another node seeded them at the same moment
            return 0;
        }
    }

    private static Guid SeedId(RelevanceRule rule)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"default-rule|{rule.Order}|{rule.Action}|{rule.Match}|{rule.Pattern}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}

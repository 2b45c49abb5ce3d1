using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Classification;

/// <summary>Which rules apply to an item and in what order: its source's, then its commune's, then global, each by Order.</summary>
public static class RuleScopes
{
    public static IReadOnlyList<RelevanceRule> InEvaluationOrder(IEnumerable<RelevanceRule> rules, Guid communeId, Guid sourceId) =>
        rules
            .Where(r => r.Enabled && (r.SourceId == sourceId || (r.SourceId is null && (r.CommuneId == communeId || r.CommuneId is null))))
            .OrderBy(r => r.SourceId is not null ? 0 : r.CommuneId is not null ? 1 : 2)
            .ThenBy(r => r.Order)
            .ThenBy(r => r.Id)
            .ToList();

    /// <summary>True when the rule belongs to exactly this scope (both null = global).</summary>
    public static bool IsIn(RelevanceRule rule, Guid? communeId, Guid? sourceId) =>
        sourceId is not null ? rule.SourceId == sourceId : rule.SourceId is null && rule.CommuneId == communeId;
}

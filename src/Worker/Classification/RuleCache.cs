using System.Collections.Concurrent;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Classification;

/// <summary>
/// Compiled rule sets per (commune, source), shared by all scopes. A new stamp (the rules changed) drops them all.
/// </summary>
public sealed class RuleCache
{
    private readonly Lock _gate = new();
    private string? _stamp;
    private ConcurrentDictionary<(Guid Commune, Guid Source), RelevanceClassifier> _sets = new();

    public RelevanceClassifier Get(string stamp, IReadOnlyList<RelevanceRule> rules, Guid communeId, Guid sourceId, ClassificationOptions options)
    {
        ConcurrentDictionary<(Guid, Guid), RelevanceClassifier> sets;
        lock (_gate)
        {
            if (_stamp != stamp)
            {
                _stamp = stamp;
                _sets = new();
            }

            sets = _sets;
        }

        return sets.GetOrAdd((communeId, sourceId), key => new RelevanceClassifier(RuleScopes.InEvaluationOrder(rules, key.Item1, key.Item2), options));
    }
}

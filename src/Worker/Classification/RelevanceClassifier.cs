using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Classification;

/// <summary>
/// Decides whether an item is NQ57 news and which theme it belongs to, with rules already in evaluation order
/// (source, then commune, then global rules, each by Order). The first matching exclude drops the item; every
/// matching include adds its weight (double in the title) and the heaviest (first on a tie) gives the theme.
/// </summary>
public sealed class RelevanceClassifier
{
    private readonly CompiledRule[] _rules;
    private readonly FoldedKeywordMatcher _folded = new();
    private readonly KeywordIndex _cased = new();
    private readonly double _minScore;

    public RelevanceClassifier(IReadOnlyList<RelevanceRule> rules, ClassificationOptions? options = null)
    {
        options ??= new ClassificationOptions();
        _minScore = options.MinScore;
        var compiled = new List<CompiledRule>(rules.Count);
        var skipped = new List<RelevanceRule>();
        foreach (var rule in rules.Where(r => r.Enabled))
        {
            try
            {
                compiled.Add(new CompiledRule(rule, options.RegexTimeout));
            }
            catch (ArgumentException)
            {
                skipped.Add(rule); // an invalid regex stored without `rules import`; import rejects it
            }
        }

        _rules = [.. compiled];
        Skipped = skipped;
        for (var i = 0; i < _rules.Length; i++)
        {
            var rule = _rules[i];
            if (!rule.IsKeyword) continue;
            if (rule.Form == TextForm.FoldedWords)
            {
                _folded.Add(i, rule.Words!, rule.Fields, gate: false);
            }
            else
            {
                _cased.Add(i, rule.Words!, rule.Fields);
                _folded.Add(i, TextForms.FoldedWords(rule.Rule.Pattern), rule.Fields, gate: true);
            }
        }
    }

    /// <summary>Rules left out because they could not be compiled.</summary>
    public IReadOnlyList<RelevanceRule> Skipped { get; }

    public RelevanceVerdict Classify(ClassificationInput input)
    {
        var text = new ItemText(input);
        var found = new RuleField[_rules.Length];
        for (var i = 0; i < RuleFields.Order.Length; i++)
        {
            var field = RuleFields.Order[i];
            var gate = (_folded.Fields & field) != 0 && _folded.Match(text.Raw(i), field, _rules, found);
            if ((_cased.Fields & field) != 0 && (gate || (_folded.UngatedFields & field) != 0))
                _cased.Match(text.Get(TextForm.CasedWords, i), field, _rules, found);
        }

        CompiledRule? best = null;
        var bestField = RuleField.None;
        var bestWeight = 0.0;
        var score = 0.0;
        for (var i = 0; i < _rules.Length; i++)
        {
            var rule = _rules[i];
            var field = rule.IsKeyword ? found[i] : rule.FirstMatch(text);
            if (field == RuleField.None) continue;
            if (rule.IsExclude) return new RelevanceVerdict(false, 0, null, rule.ReasonFor(field));
            var weight = rule.Rule.Weight * (field == RuleField.Title ? 2 : 1);
            score += weight;
            if (best is null || weight > bestWeight) (best, bestField, bestWeight) = (rule, field, weight);
        }

        return best is null
            ? new RelevanceVerdict(false, 0, null, null)
            : new RelevanceVerdict(score >= _minScore, score, best.Rule.ThemeKey, best.ReasonFor(bestField));
    }
}

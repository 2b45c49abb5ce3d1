using System.Text.RegularExpressions;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Classification;

/// <summary>One rule ready to run: its pattern normalised (or its regex compiled) once.</summary>
public sealed class CompiledRule
{
    private readonly string? _needle;
    private readonly Regex? _regex;

    /// <exception cref="ArgumentException">The rule's regular expression does not compile.</exception>
    public CompiledRule(RelevanceRule rule, TimeSpan regexTimeout)
    {
        Rule = rule;
        Fields = RuleFields.Parse(rule.Fields);
        IsExclude = rule.Action == RuleActions.Exclude;
        var folded = rule.AccentInsensitive;
        switch (rule.Match)
        {
            case RuleMatchKinds.Phrase:
                Form = folded ? TextForm.FoldedFlat : TextForm.CasedFlat;
                _needle = folded ? TextForms.FoldedFlat(rule.Pattern) : TextForms.CasedFlat(rule.Pattern);
                break;
            case RuleMatchKinds.Regex:
                Form = folded ? TextForm.RegexFolded : TextForm.RegexCased;
                _regex = new Regex(rule.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, regexTimeout);
                break;
            default:
                Form = folded ? TextForm.FoldedWords : TextForm.CasedWords;
                Words = folded ? TextForms.FoldedWords(rule.Pattern) : TextForms.CasedWords(rule.Pattern);
                break;
        }
    }

    public RelevanceRule Rule { get; }
    public RuleField Fields { get; }
    public TextForm Form { get; }
    public bool IsExclude { get; }
    public bool IsKeyword => Words is not null;

    /// <summary>For keyword rules: the padded word form of the pattern.</summary>
    public string? Words { get; }

    /// <summary>The stored "why" for a match in <paramref name="field"/> (<see cref="RuleReason"/>), built once per field.</summary>
    public string ReasonFor(RuleField field)
    {
        var slot = System.Numerics.BitOperations.Log2((uint)field);
        return _reasons[slot] ??= RuleReason.For(this, field);
    }

    private readonly string?[] _reasons = new string?[RuleFields.Order.Length];

    /// <summary>The first field (in <see cref="RuleFields.Order"/>) a phrase or regex rule matches, or None.</summary>
    public RuleField FirstMatch(ItemText text)
    {
        for (var i = 0; i < RuleFields.Order.Length; i++)
        {
            var field = RuleFields.Order[i];
            if ((Fields & field) == 0) continue;
            if (Matches(text.Get(Form, i))) return field;
        }

        return RuleField.None;
    }

    private bool Matches(string value)
    {
        if (value.Length == 0) return false;
        if (_needle is not null) return _needle.Length > 0 && value.Contains(_needle, StringComparison.Ordinal);
        try
        {
            return _regex!.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // a runaway pattern never blocks ingestion; it simply does not match
        }
    }
}

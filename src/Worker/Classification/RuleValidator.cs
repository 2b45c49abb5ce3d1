using System.Text.RegularExpressions;

namespace Syndicator.Worker.Classification;

/// <summary>Checks one rules-file entry; every problem is returned as a readable sentence.</summary>
public static class RuleValidator
{
    private const int MaxPattern = 500;

    public static IEnumerable<string> Validate(RuleDefinition rule, IReadOnlySet<string> themes)
    {
        var action = rule.Action ?? RuleActions.Include;
        var match = rule.Match ?? RuleMatchKinds.Keyword;
        if (action is not (RuleActions.Include or RuleActions.Exclude))
            yield return $"action '{action}' is not include or exclude";
        if (match is not (RuleMatchKinds.Keyword or RuleMatchKinds.Phrase or RuleMatchKinds.Regex))
            yield return $"match '{match}' is not keyword, phrase or regex";
        if (string.IsNullOrWhiteSpace(rule.Pattern))
        {
            yield return "pattern is missing";
            yield break;
        }

        if (rule.Pattern.Length > MaxPattern) yield return $"pattern is longer than {MaxPattern} characters";
        RuleFields.Parse(rule.Fields is null ? null : string.Join(',', rule.Fields), out var unknown);
        foreach (var name in unknown) yield return $"field '{name}' is not one of {string.Join(", ", RuleFields.Names)}";
        if (rule.Fields is { Count: 0 }) yield return "fields is empty";
        if (match == RuleMatchKinds.Keyword && TextForms.FoldedWords(rule.Pattern).Trim().Length == 0)
            yield return "a keyword needs at least one letter or digit";
        if (match == RuleMatchKinds.Regex && RegexError(rule.Pattern) is { } error) yield return $"invalid regular expression: {error}";
        if (match == RuleMatchKinds.Regex && rule.AccentInsensitive != false && rule.Pattern.Any(c => c > 0x7F && char.IsLetter(c)))
            yield return "an accent-insensitive regex is matched against text without accents: write it without accents (or set accentInsensitive: false)";
        if (rule.Weight is { } weight && (weight <= 0 || weight > 100 || double.IsNaN(weight)))
            yield return $"weight {weight} must be above 0 and at most 100";
        if (action == RuleActions.Include && string.IsNullOrWhiteSpace(rule.Theme))
            yield return "an include rule needs a theme";
        else if (action == RuleActions.Include && !themes.Contains(rule.Theme!))
            yield return $"theme '{rule.Theme}' does not exist (known: {string.Join(", ", themes.Order(StringComparer.Ordinal))})";
    }

    private static string? RegexError(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }
}

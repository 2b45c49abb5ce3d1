using System.Buffers;

namespace Syndicator.Worker.Classification;

/// <summary>
/// All keyword rules of one text form, found in one pass over a field's words: each word is looked up by its
/// first word, and only those candidates compare the rest of their words. A vectorised multi-pattern search over all
/// padded patterns jumps straight to the word starts where some rule matches, so words that start no rule cost nothing.
/// </summary>
public sealed class KeywordIndex
{
    private readonly Dictionary<string, List<(int Rule, string Tail)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Rule, string Tail)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private readonly List<string> _patterns = [];
    private SearchValues<string>? _search;

    public KeywordIndex() => _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The fields at least one indexed rule reads.</summary>
    public RuleField Fields { get; private set; }

    /// <param name="words">The pattern in the same word form as the text, padded: " nghi quyet 57 ".</param>
    public void Add(int rule, string words, RuleField fields)
    {
        var trimmed = words.Trim();
        if (trimmed.Length == 0) return;
        var space = trimmed.IndexOf(' ');
        var first = space < 0 ? trimmed : trimmed[..space];
        var tail = space < 0 ? " " : trimmed[space..] + " ";
        if (!_byFirstWord.TryGetValue(first, out var list)) _byFirstWord[first] = list = [];
        list.Add((rule, tail));
        _patterns.Add(" " + trimmed + " ");
        _search = null;
        Fields |= fields;
    }

    /// <summary>Records <paramref name="field"/> for every rule found in <paramref name="padded"/> that has no field yet.</summary>
    public void Match(string padded, RuleField field, CompiledRule[] rules, RuleField[] found)
    {
        var span = padded.AsSpan();
        var search = _search ??= SearchValues.Create([.. _patterns.Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
        var from = 0;
        while (from < span.Length)
        {
            var hit = span[from..].IndexOfAny(search);
            if (hit < 0) break;
            var start = from + hit + 1; // the hit is the space before a word that starts at least one pattern
            var length = span[start..].IndexOf(' ');
            var end = start + length;
            if (length > 0 && _lookup.TryGetValue(span[start..end], out var candidates))
            {
                foreach (var (rule, tail) in candidates)
                {
                    if (found[rule] == RuleField.None && (rules[rule].Fields & field) != 0 && span[end..].StartsWith(tail, StringComparison.Ordinal))
                        found[rule] = field;
                }
            }

            from = start;
        }
    }
}

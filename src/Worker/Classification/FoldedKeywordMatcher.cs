using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Syndicator.Connectors.Feeds;

namespace Syndicator.Worker.Classification;

/// <summary>
/// All accent-insensitive keyword rules, found in one pass over a field's raw text: each char is folded (accents off,
/// lower case, đ→d, as <see cref="TextNormalizer.Fingerprint"/> does) and fed straight into a <see cref="WordAutomaton"/>,
/// so no folded copy of the text is built. Accent-sensitive keyword rules register their folded pattern here as a
/// gate: their own (costlier) cased word form is only computed for a field where the gate fired, since a cased match
/// implies the folded one. Thread-safe once built.
/// </summary>
public sealed class FoldedKeywordMatcher
{
    private readonly Dictionary<string, int> _patternIds = new(StringComparer.Ordinal);
    private readonly List<string> _patterns = [];
    private readonly List<List<(int Rule, bool Gate)>> _owners = [];
    private Compiled? _compiled;

    /// <summary>The fields at least one rule or gate reads.</summary>
    public RuleField Fields { get; private set; }

    /// <summary>Fields where an accent-sensitive rule has no usable gate, so its cased form is always computed.</summary>
    public RuleField UngatedFields { get; private set; }

    /// <param name="words">The folded pattern, padded: " nghi quyet 57 ".</param>
    /// <param name="gate">True when the rule itself matches another (cased) form and this only gates it.</param>
    public void Add(int rule, string words, RuleField fields, bool gate)
    {
        var trimmed = words.Trim();
        Fields |= fields;
        if (trimmed.Length == 0)
        {
            if (gate) UngatedFields |= fields;
            return;
        }

        var padded = " " + trimmed + " ";
        if (!_patternIds.TryGetValue(padded, out var id))
        {
            id = _patterns.Count;
            _patternIds[padded] = id;
            _patterns.Add(padded);
            _owners.Add([]);
        }

        _owners[id].Add((rule, gate));
        _compiled = null;
    }

    /// <summary>
    /// Records <paramref name="field"/> for every rule found in <paramref name="raw"/> that reads the field and has no
    /// field yet. Returns true when a gate of a rule that reads the field fired.
    /// </summary>
    public bool Match(string raw, RuleField field, CompiledRule[] rules, RuleField[] found)
    {
        var compiled = _compiled ??= new Compiled(_patterns, _owners);
        var hits = new Hits(compiled, rules, found, field);
        if (!compiled.TryScan(raw, ref hits))
        {
            // Text that needs the full Unicode path: fold it into a string first, then scan that.
            var state = WordAutomaton.Start;
            foreach (var c in TextForms.FoldedWords(raw))
            {
                state = compiled.Automaton.Step(state, c);
                if (state < 0) hits.Record(state);
            }
        }

        return hits.GateFired;
    }

    private sealed class Compiled
    {
        // Char classes, filled lazily: 0 = not yet known, then the values below, or FirstSymbol + the automaton's symbol
        // (every separator has the space's symbol). One table per automaton, shared like the automaton itself.
        private const ushort Unknown = 0;
        private const ushort Dropped = 2;
        private const ushort FullPath = 3;
        private const int FirstSymbol = 4;

        private static readonly ConditionalWeakTable<WordAutomaton, ushort[]> ClassTables = [];

        private readonly ushort[] _classOf;

        public Compiled(List<string> patterns, List<List<(int Rule, bool Gate)>> owners)
        {
            Automaton = WordAutomaton.For(patterns, collapsible: ' ');
            Owners = [.. owners.Select(o => o.ToArray())];
            _classOf = ClassTables.GetValue(Automaton, _ => new ushort[char.MaxValue + 1]);
        }

        public WordAutomaton Automaton { get; }
        public (int Rule, bool Gate)[][] Owners { get; }

        /// <summary>Feeds the padded folded form of <paramref name="raw"/>; false when it needs the full Unicode path.</summary>
        /// <remarks>
        /// Every separator is fed as a space; the automaton treats a run of spaces as one, which is what collapsing
        /// the text would give, so the loop has no word-boundary bookkeeping. Kept out of line with only locals in the
        /// loop: inlined into the classifier, the state and the tables lived on the stack, which tripled the cost per char.
        /// </remarks>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public bool TryScan(string raw, ref Hits hits)
        {
            var automaton = Automaton;
            var classOf = _classOf;
            ref var classOfChar = ref MemoryMarshal.GetArrayDataReference(classOf); // one entry per char value: never out of range
            // Row offsets are non-negative; a step is the row offset plus the char's class less FirstSymbol.
            ref var next = ref Unsafe.Subtract(ref MemoryMarshal.GetArrayDataReference(automaton.Transitions), FirstSymbol);
            var space = automaton.SymbolOf(' ') + FirstSymbol;
            var state = Unsafe.Add(ref next, space);
            if (state < 0) state = Record(ref hits, state);
            foreach (var c in raw)
            {
                int kind = Unsafe.Add(ref classOfChar, c);
                if (kind == Unknown) kind = classOf[c] = Classify(c);
                if (kind >= FirstSymbol)
                {
                    state = Unsafe.Add(ref next, state + kind);
                    if (state < 0) state = Record(ref hits, state);
                }
                else if (kind == FullPath)
                {
                    return false;
                }
            }

            state = Unsafe.Add(ref next, state + space);
            if (state < 0) Record(ref hits, state);
            return true;
        }

        /// <summary>Records the patterns ending at a negative state; returns the state as a row offset.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Record(ref Hits hits, int state)
        {
            hits.Record(state);
            return ~state;
        }

        private ushort Classify(char c) => TextNormalizer.FoldChar(c) switch
        {
            TextNormalizer.FoldedDropped => Dropped,
            TextNormalizer.FoldedNeedsFullPath => FullPath,
            var folded => (ushort)(FirstSymbol + Automaton.SymbolOf(folded)), // a separator is the space symbol
        };
    }

    private struct Hits(Compiled compiled, CompiledRule[] rules, RuleField[] found, RuleField field)
    {
        public bool GateFired { get; private set; }

        public void Record(int state)
        {
            foreach (var pattern in compiled.Automaton.Hits(state))
            {
                foreach (var (rule, gate) in compiled.Owners[pattern])
                {
                    if ((rules[rule].Fields & field) == 0) continue;
                    if (gate) GateFired = true;
                    else if (found[rule] == RuleField.None) found[rule] = field;
                }
            }
        }
    }
}

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
        /// the text would give, so the loop has no word-boundary bookkeeping. A long text is fed as two halves at once
        /// (see <see cref="Chains"/>). Kept out of line with only locals in the loops: inlined into the classifier,
        /// the state and the tables lived on the stack, which tripled the cost per char.
        /// </remarks>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public bool TryScan(string raw, ref Hits hits)
        {
            var chains = new Chains(this, raw);
            var split = raw.Length >= TwoChainLength ? chains.SeparatorFrom(raw.Length / 2) : -1;
            return split < 0 ? chains.Run(0, raw.Length, ref hits) : chains.RunTwo(split, ref hits);
        }

        private const int TwoChainLength = 128;

        /// <summary>Records the patterns ending at a negative state; returns the state as a row offset.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Record(ref Hits hits, int state)
        {
            hits.Record(state);
            return ~state;
        }

        /// <summary>
        /// Scanning loops over one text. Each step waits for the table load of the step before, so one text is latency
        /// bound; two halves scanned in the same loop overlap their loads. The second half starts after a separator,
        /// in the state after a space, so it finds every pattern that starts there or later; the first half runs on
        /// past the split until its state is that same state after a separator, when every pattern it had begun has
        /// ended or failed, and from there on both would only find the same patterns. Recording a hit twice is harmless.
        /// </summary>
        private ref struct Chains
        {
            private readonly Compiled _compiled;
            private readonly string _raw;
            private readonly ref ushort _classOf;
            private readonly ref int _next;
            private readonly int _space;
            private readonly int _afterSpace;

            public Chains(Compiled compiled, string raw)
            {
                _compiled = compiled;
                _raw = raw;
                _classOf = ref MemoryMarshal.GetArrayDataReference(compiled._classOf); // one entry per char: never out of range
                // Row offsets are non-negative; a step is the row offset plus the char's class less FirstSymbol.
                _next = ref Unsafe.Subtract(ref MemoryMarshal.GetArrayDataReference(compiled.Automaton.Transitions), FirstSymbol);
                _space = compiled.Automaton.SymbolOf(' ') + FirstSymbol;
                var afterSpace = Unsafe.Add(ref _next, _space);
                _afterSpace = afterSpace < 0 ? ~afterSpace : afterSpace;
            }

            /// <summary>The first separator at or after <paramref name="from"/> within a short distance, or -1.</summary>
            public readonly int SeparatorFrom(int from)
            {
                var end = Math.Min(_raw.Length - 1, from + 64);
                for (var i = from; i < end; i++)
                {
                    if (Kind(_raw[i]) == _space) return i;
                }

                return -1;
            }

            /// <summary>One chain over the text from the padding space to the padding space at the end.</summary>
            public readonly bool Run(int from, int to, ref Hits hits)
            {
                var state = Start(ref hits);
                for (var i = from; i < to; i++)
                {
                    if (!Step(ref state, _raw[i], ref hits)) return false;
                }

                End(state, ref hits);
                return true;
            }

            public readonly bool RunTwo(int split, ref Hits hits)
            {
                var (a, b) = (0, split + 1);
                var (stateA, stateB) = (Start(ref hits), _afterSpace);
                var both = Math.Min(split, _raw.Length - b);
                for (var k = 0; k < both; k++, a++, b++)
                {
                    if (!Step(ref stateA, _raw[a], ref hits) | !Step(ref stateB, _raw[b], ref hits)) return false;
                }

                for (; a < _raw.Length && (a <= split || stateA != _afterSpace); a++)
                {
                    if (!Step(ref stateA, _raw[a], ref hits)) return false;
                }

                if (a == _raw.Length) End(stateA, ref hits);
                for (; b < _raw.Length; b++)
                {
                    if (!Step(ref stateB, _raw[b], ref hits)) return false;
                }

                End(stateB, ref hits);
                return true;
            }

            private readonly int Start(ref Hits hits)
            {
                var state = Unsafe.Add(ref _next, _space);
                return state < 0 ? Record(ref hits, state) : state;
            }

            private readonly void End(int state, ref Hits hits)
            {
                state = Unsafe.Add(ref _next, state + _space);
                if (state < 0) Record(ref hits, state);
            }

            /// <returns>False when the char needs the full Unicode path.</returns>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private readonly bool Step(ref int state, char c, ref Hits hits)
            {
                var kind = Kind(c);
                if (kind >= FirstSymbol)
                {
                    var next = Unsafe.Add(ref _next, state + kind);
                    state = next < 0 ? Record(ref hits, next) : next;
                    return true;
                }

                return kind != FullPath;
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private readonly int Kind(char c)
            {
                int kind = Unsafe.Add(ref _classOf, c);
                return kind == Unknown ? (_compiled._classOf[c] = _compiled.Classify(c)) : kind;
            }
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

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
            return split < 0 ? chains.Run(ref hits) : chains.RunTwo(split, ref hits);
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
                    if (Kind(_raw[i], ref _classOf, _compiled) == _space) return i;
                }

                return -1;
            }

            /// <summary>One chain over the text from the padding space to the padding space at the end.</summary>
            public readonly bool Run(ref Hits hits) => RunOn(0, Start(ref hits), _raw.Length, ref hits);

            public readonly bool RunTwo(int split, ref Hits hits)
            {
                var (a, b) = (0, split + 1);
                var (stateA, stateB) = (Start(ref hits), _afterSpace);
                var both = Math.Min(split, _raw.Length - b);
                for (var k = 0; k < both; k++)
                {
                    // Plain steps in a loop with no call in it, so its state stays in registers; anything else, one step here.
                    k += FastTwo(_raw, a + k, b + k, both - k, ref _next, ref _classOf, ref stateA, ref stateB);
                    if (k == both) break;
                    stateA = Step(stateA, _raw[a + k], ref _next, ref _classOf, _compiled, ref hits);
                    stateB = Step(stateB, _raw[b + k], ref _next, ref _classOf, _compiled, ref hits);
                    if ((stateA | stateB) < 0) return false; // NeedsFullPath
                }

                return RunOn(a + both, stateA, split, ref hits) && RunOn(b + both, stateB, _raw.Length, ref hits);
            }

            /// <summary>
            /// Runs one chain on from <paramref name="at"/> until it has passed <paramref name="split"/> and is back in the
            /// state after a space (the next chain finds everything from there), or to the end of the text.
            /// </summary>
            private readonly bool RunOn(int at, int state, int split, ref Hits hits)
            {
                var plainTo = Math.Min(split + 1, _raw.Length);
                for (; at < plainTo; at++)
                {
                    at += FastOne(_raw, at, plainTo - at, ref _next, ref _classOf, ref state);
                    if (at == plainTo) break;
                    state = Step(state, _raw[at], ref _next, ref _classOf, _compiled, ref hits);
                    if (state < 0) return false; // NeedsFullPath
                }

                for (; at < _raw.Length && state != _afterSpace; at++)
                {
                    state = Step(state, _raw[at], ref _next, ref _classOf, _compiled, ref hits);
                    if (state < 0) return false;
                }

                if (at == _raw.Length) End(state, ref hits);
                return true;
            }

            /// <summary>
            /// Steps two chains (from <paramref name="a"/> and <paramref name="b"/>) while both chars are plain symbols and no
            /// pattern ends; returns the number of steps taken. A leaf: with no call inside, nothing is spilled to memory.
            /// </summary>
            [MethodImpl(MethodImplOptions.NoInlining)]
            private static int FastTwo(string raw, int a, int b, int count, ref int next, ref ushort classOf, ref int stateA, ref int stateB)
            {
                var (sa, sb) = (stateA, stateB);
                var k = 0;
                var charsA = raw.AsSpan(a, count);
                var charsB = raw.AsSpan(b, count);
                for (; k < charsA.Length; k++)
                {
                    int kindA = Unsafe.Add(ref classOf, charsA[k]);
                    int kindB = Unsafe.Add(ref classOf, charsB[k]);
                    if ((kindA < FirstSymbol) | (kindB < FirstSymbol)) break;
                    var na = Unsafe.Add(ref next, sa + kindA);
                    var nb = Unsafe.Add(ref next, sb + kindB);
                    if ((na | nb) < 0) break;
                    (sa, sb) = (na, nb);
                }

                (stateA, stateB) = (sa, sb);
                return k;
            }

            /// <summary>One chain's plain steps, as <see cref="FastTwo"/>.</summary>
            [MethodImpl(MethodImplOptions.NoInlining)]
            private static int FastOne(string raw, int at, int count, ref int next, ref ushort classOf, ref int state)
            {
                var s = state;
                var k = 0;
                var chars = raw.AsSpan(at, count);
                for (; k < chars.Length; k++)
                {
                    int kind = Unsafe.Add(ref classOf, chars[k]);
                    if (kind < FirstSymbol) break;
                    var n = Unsafe.Add(ref next, s + kind);
                    if (n < 0) break;
                    s = n;
                }

                state = s;
                return k;
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

            /// <summary>What <see cref="Step"/> returns for a char that needs the full Unicode path (no state is this low).</summary>
            private const int NeedsFullPath = int.MinValue;

            /// <returns>The next state (a row offset), or <see cref="NeedsFullPath"/>.</returns>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static int Step(int state, char c, ref int next, ref ushort classOf, Compiled compiled, ref Hits hits)
            {
                var kind = Kind(c, ref classOf, compiled);
                if (kind >= FirstSymbol)
                {
                    var to = Unsafe.Add(ref next, state + kind);
                    return to < 0 ? Record(ref hits, to) : to;
                }

                return kind == FullPath ? NeedsFullPath : state;
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static int Kind(char c, ref ushort classOf, Compiled compiled)
            {
                int kind = Unsafe.Add(ref classOf, c);
                return kind == Unknown ? (compiled._classOf[c] = compiled.Classify(c)) : kind;
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

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Syndicator.Worker.Classification;

/// <summary>
/// An Aho–Corasick automaton over padded word patterns (" nghi quyet 57 "), compiled to a dense transition table so
/// that one table step per char finds every pattern in a text. Chars that occur in no pattern share one symbol.
/// Immutable once built, so one instance serves every classifier with the same patterns (<see cref="For"/>).
/// </summary>
internal sealed class WordAutomaton
{
    private static readonly ConcurrentDictionary<string, WeakReference<WordAutomaton>> Shared = new(StringComparer.Ordinal);

    // Symbols of the chars in the patterns (0 = a char in no pattern): ASCII by index, anything else by lookup.
    private readonly ushort[] _asciiSymbols = new ushort[128];
    private readonly Dictionary<char, ushort> _otherSymbols = [];
    private readonly int _symbols;
    // A state is the offset of its row (state number * _symbols), negated (~offset) when patterns end there, so a step
    // is one addition and one load.
    private readonly int[] _next;
    private readonly int[][] _outputs;   // patterns ending at each state number (suffixes included)

    /// <param name="patterns">The patterns; a hit reports the pattern's index in this list.</param>
    /// <param name="collapsible">
    /// A char whose runs in the text count as one (the space between words): a state reached by it stays put on
    /// another, so "a  b" matches the pattern "a b" without the text being collapsed first.
    /// </param>
    public WordAutomaton(IReadOnlyList<string> patterns, char? collapsible = null)
    {
        var symbols = 1;
        foreach (var pattern in patterns)
        {
            foreach (var c in pattern)
            {
                if (SymbolOf(c) != 0) continue;
                if (c < 128) _asciiSymbols[c] = (ushort)symbols++;
                else _otherSymbols[c] = (ushort)symbols++;
            }
        }

        _symbols = symbols;

        // The trie, with each node's children by symbol.
        var children = new List<int[]> { new int[symbols] };
        var ends = new List<List<int>> { new() };
        var incoming = new List<int> { -1 };
        for (var p = 0; p < patterns.Count; p++)
        {
            var state = 0;
            foreach (var c in patterns[p])
            {
                var symbol = SymbolOf(c);
                if (children[state][symbol] == 0)
                {
                    children.Add(new int[symbols]);
                    ends.Add([]);
                    incoming.Add(symbol);
                    children[state][symbol] = children.Count - 1;
                }

                state = children[state][symbol];
            }

            ends[state].Add(p);
        }

        // Breadth first: failure links turn the trie into a complete transition table.
        _next = new int[children.Count * symbols];
        var fail = new int[children.Count];
        var queue = new Queue<int>();
        for (var s = 0; s < symbols; s++)
        {
            var child = children[0][s];
            _next[s] = child;
            if (child != 0) queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            ends[state].AddRange(ends[fail[state]]);
            for (var s = 0; s < symbols; s++)
            {
                var child = children[state][s];
                var viaFail = _next[fail[state] * symbols + s];
                if (child == 0)
                {
                    _next[state * symbols + s] = viaFail;
                    continue;
                }

                _next[state * symbols + s] = child;
                fail[child] = viaFail;
                queue.Enqueue(child);
            }
        }

        if (collapsible is { } run && SymbolOf(run) != 0)
        {
            for (var state = 0; state < children.Count; state++)
            {
                if (incoming[state] == SymbolOf(run)) _next[(state * symbols) + SymbolOf(run)] = state;
            }
        }

        _outputs = [.. ends.Select(e => e.Count == 0 ? [] : e.Distinct().ToArray())];
        for (var k = 0; k < _next.Length; k++)
        {
            var target = _next[k];
            _next[k] = _outputs[target].Length > 0 ? ~(target * symbols) : target * symbols;
        }
    }

    /// <summary>
    /// The transition table for a caller's own tight loop: the next state is <c>Transitions[row + symbol]</c>, where row is
    /// a non-negative state (the complement of a negative one).
    /// </summary>
    public int[] Transitions => _next;

    /// <summary>The state before any char.</summary>
    public const int Start = 0;

    /// <summary>
    /// One step from a state (as returned by an earlier step, negative or not). The result is negative (the complement
    /// of the state) when patterns end there: pass it to <see cref="Hits"/>.
    /// </summary>
    public int Step(int state, char c) => _next[(state < 0 ? ~state : state) + SymbolOf(c)];

    /// <summary>The symbol of a char: 0 for every char that occurs in no pattern.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SymbolOf(char c) => c < 128 ? _asciiSymbols[c] : _otherSymbols.GetValueOrDefault(c);

    /// <summary>
    /// The automaton for these patterns, built once and shared while anyone holds it: every source's classifier of a
    /// commune usually has the same keyword rules, and the transition table is the largest part of a classifier.
    /// </summary>
    public static WordAutomaton For(IReadOnlyList<string> patterns, char? collapsible)
    {
        var key = (collapsible ?? '\0') + "\n" + string.Join('\n', patterns);
        if (Shared.TryGetValue(key, out var weak) && weak.TryGetTarget(out var existing)) return existing;
        var built = new WordAutomaton(patterns, collapsible);
        Shared[key] = new WeakReference<WordAutomaton>(built);
        if (Shared.Count > 64)
        {
            foreach (var (k, w) in Shared)
            {
                if (!w.TryGetTarget(out _)) Shared.TryRemove(k, out _);
            }
        }

        return built;
    }

    /// <summary>The patterns that end at a negative state returned by <see cref="Step"/>.</summary>
    public int[] Hits(int state) => _outputs[~state / _symbols];
}

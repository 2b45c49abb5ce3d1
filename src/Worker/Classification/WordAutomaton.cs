using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Syndicator.Worker.Classification;

/// <summary>
/// An Aho–Corasick automaton over padded word patterns (" nghi quyet 57 "), compiled to a dense transition table so
/// that one table step per char finds every pattern in a text. Chars that occur in no pattern share one symbol.
/// </summary>
internal sealed class WordAutomaton
{
    private readonly ushort[] _symbolOf = new ushort[char.MaxValue + 1]; // 0 = a char in no pattern
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
            foreach (var c in pattern)
                if (_symbolOf[c] == 0) _symbolOf[c] = (ushort)symbols++;
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
                var symbol = _symbolOf[c];
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

        if (collapsible is { } run && _symbolOf[run] != 0)
        {
            for (var state = 0; state < children.Count; state++)
            {
                if (incoming[state] == _symbolOf[run]) _next[(state * symbols) + _symbolOf[run]] = state;
            }
        }

        _outputs = [.. ends.Select(e => e.Count == 0 ? [] : e.Distinct().ToArray())];
        for (var k = 0; k < _next.Length; k++)
        {
            var target = _next[k];
            _next[k] = _outputs[target].Length > 0 ? ~(target * symbols) : target * symbols;
        }
    }

    /// <summary>The state before any char.</summary>
    public const int Start = 0;

    /// <summary>
    /// One step from a state (as returned by an earlier step, negative or not). The result is negative (the complement
    /// of the state) when patterns end there: pass it to <see cref="Hits"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Step(int state, char c) => StepSymbol(state, _symbolOf[c]);

    /// <summary>The symbol of a char: 0 for every char that occurs in no pattern.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SymbolOf(char c) => _symbolOf[c];

    /// <summary><see cref="Step"/> with the char's symbol already looked up.</summary>
    /// <remarks>
    /// Unchecked indexing: every state comes from this table and every symbol from <see cref="SymbolOf"/>, so the index
    /// is always inside it (the constructor builds complete rows).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int StepSymbol(int state, int symbol) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_next), (state < 0 ? ~state : state) + symbol);

    /// <summary>The patterns that end at a negative state returned by <see cref="Step"/>.</summary>
    public int[] Hits(int state) => _outputs[~state / _symbols];
}

using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Unicode NFC in managed code for decomposed Latin text, which is what a decomposed Vietnamese feed is (text typed on
/// a Mac comes out as NFD: "ệ" as e, U+0323, U+0302). Handles Latin letters (below U+0300 and U+1E00–U+1EFF) followed
/// by the marks Vietnamese and the common Latin languages use; anything else returns null and the caller asks ICU.
/// The composition pairs and decompositions are taken from the runtime's own normaliser once, so this only does what
/// ICU would do, without a native call and its copies per string; a test compares the two exhaustively.
/// </summary>
internal static class LatinComposer
{
    // The marks handled, with their canonical combining classes (Unicode's UnicodeData.txt): above (230), horn (216),
    // below (220), cedilla and ogonek (202).
    private const string Marks = "\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u0309\u030A\u030B\u030C\u031B\u0323\u0324\u0327\u0328";

    private static readonly byte[] CombiningClasses = [230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 216, 220, 220, 202, 202];

    private const int MaxMarks = 16;

    /// <summary>A run of marks at the start of the text has no starter to compose with.</summary>
    private const int NoStarter = -1;

    /// <summary>The text in NFC, or null when it holds a char this class does not handle.</summary>
    public static string? TryCompose(string text) => TryCompose(text, CharScans.FirstNotSurelyNfc(text));

    /// <param name="first">The index of the first char that is not surely NFC (<see cref="CharScans.FirstNotSurelyNfc"/>), or -1.</param>
    internal static string? TryCompose(string text, int first)
    {
        if (first < 0)
        {
            return text;
        }

        var output = ArrayPool<char>.Shared.Rent(text.Length + 8);
        try
        {
            text.AsSpan(0, first).CopyTo(output);
            var length = ComposeFrom(text, first, output);
            return length < 0 ? null : output.AsSpan(0, length).SequenceEqual(text) ? text : new string(output, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(output);
        }
    }

    /// <summary>Composes <paramref name="text"/> from <paramref name="i"/> into <paramref name="output"/>, which holds its
    /// first <paramref name="i"/> chars already. Returns the output's length, or -1 to leave the text to ICU.</summary>
    private static int ComposeFrom(string text, int i, char[] output)
    {
        var tables = Tables.Instance;
        var length = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharScans.IsSurelyNfc(c))
            {
                if (length == output.Length) return -1; // a recomposed cluster came out longer than it went in: ICU decides
                output[length++] = c; // runs are short in decomposed text (a mark every few letters): no bulk copy
                i++;
                continue;
            }

            if (MarkIndex(c) < 0) return -1;

            // Positions come back as values, not through references, so the loop's own stay in registers.
            var (next, end) = length > 0 ? ComposeInOrder(text, i, tables, output, length) : (NotInOrder, length);
            if (next == NotInOrder) (next, end) = ComposeCluster(text, i, tables, output, length);
            if (next < 0) return -1;
            (i, length) = (next, end);
        }

        return length;
    }

    /// <summary>
    /// Any other run of marks: with the starter before it (if any) it is one cluster, decomposed, reordered, recomposed.
    /// Returns the index after the marks and the output's new length, or a negative index to leave the text to ICU.
    /// </summary>
    private static (int Next, int Length) ComposeCluster(string text, int i, Tables tables, char[] output, int length)
    {
        Span<char> marks = stackalloc char[MaxMarks];
        var starter = NoStarter;
        var count = 0;
        if (length > 0)
        {
            var decomposed = tables.Decompose(output[--length]);
            if (decomposed is null) return (NeedsIcu, 0);
            starter = decomposed[0];
            foreach (var m in decomposed.AsSpan(1)) marks[count++] = m;
        }

        for (; i < text.Length && MarkIndex(text[i]) >= 0; i++)
        {
            if (count == MaxMarks) return (NeedsIcu, 0);
            marks[count++] = text[i];
        }

        if (length + count + 1 > output.Length) return (NeedsIcu, 0); // cannot happen for real text; ICU copes
        length = Compose(starter, marks[..count], tables, output, length);
        return length < 0 ? (NeedsIcu, 0) : (i, length);
    }

    private const int NotInOrder = -1;
    private const int NeedsIcu = -2;

    /// <summary>
    /// The common case, and the only one in decomposed text: a base letter followed by marks in canonical order. The
    /// marks compose one after another into the letter already written, with no copy, reordering or decomposition.
    /// </summary>
    /// <returns>
    /// The index after the marks and the output's new length; <see cref="NotInOrder"/> (nothing written) for the general
    /// path; <see cref="NeedsIcu"/>.
    /// </returns>
    private static (int Next, int Length) ComposeInOrder(string text, int i, Tables tables, char[] output, int length)
    {
        var at = length - 1;
        var current = output[at];
        if (!tables.IsBase(current)) return (NotInOrder, length);
        var end = length;
        var (lastClass, lastKeptClass) = (0, -1);
        for (; i < text.Length; i++)
        {
            var mark = MarkIndex(text[i]);
            if (mark < 0) break;
            var markClass = CombiningClasses[mark];
            if (markClass < lastClass || end == output.Length)
            {
                output[at] = text[FirstMarkBefore(text, i) - 1];
                return (NotInOrder, length);
            }

            lastClass = markClass;
            if (lastKeptClass < markClass)
            {
                var composed = tables.Compose(current, text[i]);
                if (composed == Tables.NeedsIcu) return (NeedsIcu, 0);
                if (composed != '\0')
                {
                    current = output[at] = composed;
                    continue;
                }
            }

            output[end++] = text[i];
            lastKeptClass = markClass;
        }

        return (i, end);
    }

    private static int FirstMarkBefore(string text, int i)
    {
        while (i > 0 && MarkIndex(text[i - 1]) >= 0) i--;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MarkIndex(char c) => (uint)(c - '\u0300') < (uint)MarkIndexes.Length ? MarkIndexes[c - '\u0300'] : -1;

    // The index in Marks of each char from U+0300 to U+0328 (-1 for the ones not handled).
    private static readonly sbyte[] MarkIndexes = [.. Enumerable.Range(0x300, 0x29).Select(c => (sbyte)Marks.IndexOf((char)c))];

    /// <summary>Writes the composed cluster at <paramref name="length"/>; returns the new length, or -1 to leave it to ICU.</summary>
    private static int Compose(int starter, Span<char> marks, Tables tables, char[] output, int length)
    {
        // Canonical order: a stable sort by combining class.
        for (var k = 1; k < marks.Length; k++)
        {
            var mark = marks[k];
            var j = k - 1;
            for (; j >= 0 && ClassOf(marks[j]) > ClassOf(mark); j--) marks[j + 1] = marks[j];
            marks[j + 1] = mark;
        }

        var current = starter;
        var kept = 0; // marks left uncomposed, written back over the front of the span
        var lastKeptClass = -1;
        foreach (var mark in marks)
        {
            var markClass = ClassOf(mark);
            // A mark is blocked from the starter by a kept mark of the same class (a kept one of a higher class cannot precede it).
            if (current != NoStarter && lastKeptClass < markClass)
            {
                var composed = tables.Compose((char)current, mark);
                if (composed == Tables.NeedsIcu) return -1;
                if (composed != '\0')
                {
                    current = composed;
                    continue;
                }
            }

            marks[kept++] = mark;
            lastKeptClass = markClass;
        }

        if (current != NoStarter) output[length++] = (char)current;
        marks[..kept].CopyTo(output.AsSpan(length));
        return length + kept;
    }

    private static int ClassOf(char mark) => CombiningClasses[MarkIndex(mark)];

    /// <summary>Decompositions and composition pairs of the handled letters, read from the runtime's normaliser once.</summary>
    private sealed class Tables
    {
        public const char NeedsIcu = '\uFFFF';

        public static readonly Tables Instance = new();

        private const int LowCount = 0x300;
        private const int Count = LowCount + 0x100;

        private readonly string?[] _decomposed = new string?[Count]; // null: a mark outside the set, or not a Latin letter
        private readonly char[] _composed = new char[Count * Marks.Length]; // '\0': no composition

        private Tables()
        {
            for (var index = 0; index < Count; index++)
            {
                var c = CharAt(index);
                var nfd = c.ToString().Normalize(NormalizationForm.FormD);
                var supported = Index(nfd[0]) >= 0 && nfd.AsSpan(1).IndexOfAnyExcept(Marks) < 0;
                _decomposed[index] = supported ? nfd : null;
                for (var m = 0; m < Marks.Length; m++)
                {
                    var pair = string.Concat(c.ToString(), Marks[m].ToString()).Normalize(NormalizationForm.FormC);
                    _composed[(index * Marks.Length) + m] = pair.Length != 1 ? '\0' : Index(pair[0]) >= 0 ? pair[0] : NeedsIcu;
                }
            }
        }

        /// <summary>True for a handled letter that has no decomposition (a base letter, a digit, punctuation).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsBase(char c) => Index(c) is var index and >= 0 && _decomposed[index] is { Length: 1 };

        public string? Decompose(char starter) => Index(starter) is var index and >= 0 ? _decomposed[index] : null;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public char Compose(char current, char mark) =>
            Index(current) is var index and >= 0 ? _composed[(index * Marks.Length) + MarkIndex(mark)] : NeedsIcu;

        private static char CharAt(int index) => (char)(index < LowCount ? index : 0x1E00 + index - LowCount);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Index(char c) => c < LowCount ? c : c is >= '\u1E00' and < '\u1F00' ? LowCount + c - 0x1E00 : -1;
    }
}

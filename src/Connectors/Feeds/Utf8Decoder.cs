using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Strict UTF-8 to UTF-16 decoding that takes Vietnamese text a window of 32 bytes at a time. Vietnamese words mix
/// one-, two- and three-byte sequences every few chars, which keeps the runtime's decoder on its char-by-char path;
/// here every sequence in a window is decoded at once into 16-bit lanes and the lanes that start a char are packed
/// together: by AVX-512 VBMI2 lane compression, else eight lanes at a time by a byte shuffle from a table (AVX2). A window holding a four-byte sequence or an invalid byte is decoded one sequence at a time. Exactly the
/// sequences the runtime's strict decoder accepts are accepted (tests compare the two on every code point and on random
/// bytes, on every path); anything else throws <see cref="DecoderFallbackException"/>.
/// </summary>
internal static class Utf8Decoder
{
    /// <summary>The fastest path this CPU runs.</summary>
    public static Utf8DecoderPath Best { get; } =
        Avx512Vbmi2.IsSupported && Avx512BW.IsSupported ? Utf8DecoderPath.Wide
        : Avx2.IsSupported && Ssse3.IsSupported ? Utf8DecoderPath.Narrow
        : Utf8DecoderPath.OneByOne;

    /// <summary>
    /// True where a vector path runs. Elsewhere callers keep the runtime's decoder: one sequence at a time is only for the
    /// windows the vector paths cannot take, and is slower than the runtime over a whole text.
    /// </summary>
    public static bool IsVectorised => Best != Utf8DecoderPath.OneByOne;

    /// <summary>
    /// Decodes the whole sequences at the start of <paramref name="source"/> that fit in <paramref name="destination"/>.
    /// The end of <paramref name="source"/> is the end of the text: a sequence cut off by it is invalid.
    /// </summary>
    /// <returns>The bytes read and the chars written; fewer than all bytes only when the destination is full.</returns>
    /// <exception cref="DecoderFallbackException">An invalid or incomplete sequence.</exception>
    public static (int Consumed, int Written) Decode(ReadOnlySpan<byte> source, Span<char> destination) =>
        Decode(source, destination, Best);

    /// <param name="path">A slower path than <see cref="Best"/> to take (tests check every path the CPU runs).</param>
    internal static (int Consumed, int Written) Decode(ReadOnlySpan<byte> source, Span<char> destination, Utf8DecoderPath path)
    {
        var i = 0;
        var o = 0;
        var chosen = path < Best ? path : Best;
        if (chosen != Utf8DecoderPath.OneByOne)
        {
            DecodeWindows(source, destination, ref i, ref o, chosen == Utf8DecoderPath.Wide);
        }

        while (i < source.Length && DecodeOne(source, destination, ref i, ref o))
        {
        }

        return (i, o);
    }

    private const int Window = 32;

    // Each window reads two bytes past itself (a sequence's continuations) and may write a whole window of chars.
    private static void DecodeWindows(ReadOnlySpan<byte> source, Span<char> destination, ref int i, ref int o, bool wide)
    {
        while (source.Length - i >= Window + 2 && destination.Length - o >= Window)
        {
            if (!TryWindow(source, destination, ref i, ref o, wide))
            {
                DecodeWindowOneByOne(source, destination, ref i, ref o);
            }
        }
    }

    /// <summary>A window with a four-byte sequence or an invalid byte, one sequence at a time (which throws if invalid).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DecodeWindowOneByOne(ReadOnlySpan<byte> source, Span<char> destination, ref int i, ref int o)
    {
        var end = i + Window;
        while (i < end && DecodeOne(source, destination, ref i, ref o))
        {
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryWindow(ReadOnlySpan<byte> source, Span<char> destination, ref int i, ref int o, bool wide)
    {
        ref var src = ref MemoryMarshal.GetReference(source);
        ref var dst = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        var b0 = Vector256.LoadUnsafe(ref src, (nuint)i);
        var high = b0.ExtractMostSignificantBits();
        if (high == 0)
        {
            var (low, upper) = Vector256.Widen(b0);
            low.StoreUnsafe(ref dst, (nuint)o);
            upper.StoreUnsafe(ref dst, (nuint)(o + 16));
            (i, o) = (i + Window, o + Window);
            return true;
        }

        var b1 = Vector256.LoadUnsafe(ref src, (nuint)(i + 1));
        if (!Plan(b0, b1, high, out var take, out var starts))
        {
            return false;
        }

        var b2 = Vector256.LoadUnsafe(ref src, (nuint)(i + 2));
        if (wide)
        {
            PackWide(b0, b1, b2, take, ref Unsafe.Add(ref dst, o));
        }
        else
        {
            PackNarrow(b0, b1, b2, starts, ref Unsafe.Add(ref dst, o));
        }

        (i, o) = (i + take, o + BitOperations.PopCount(starts));
        return true;
    }

    /// <summary>
    /// Checks the window's sequences from per-byte bit masks (bit k for byte k) and says how many bytes to take (a
    /// sequence cut off by the window's end is left for the next window, which starts at its lead) and which bytes
    /// start a char. False for a four-byte lead, an invalid byte or a misplaced continuation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Plan(Vector256<byte> b0, Vector256<byte> b1, uint high, out int take, out uint starts)
    {
        var cont = Vector256.Equals(b0 & Vector256.Create((byte)0xC0), Vector256.Create((byte)0x80)).ExtractMostSignificantBits();
        // C2–DF (C0 and C1 only ever start overlong forms), then E0–EF.
        var lead2 = Vector256.LessThan(b0 - Vector256.Create((byte)0xC2), Vector256.Create((byte)(0xE0 - 0xC2))).ExtractMostSignificantBits();
        var lead3 = Vector256.LessThan(b0 - Vector256.Create((byte)0xE0), Vector256.Create((byte)0x10)).ExtractMostSignificantBits();
        // Overlong three-byte forms (E0 followed by less than A0) and UTF-16 surrogates (ED followed by A0 or more).
        var badThree = (Vector256.Equals(b0, Vector256.Create((byte)0xE0)) & Vector256.LessThan(b1, Vector256.Create((byte)0xA0)))
            | (Vector256.Equals(b0, Vector256.Create((byte)0xED)) & Vector256.GreaterThanOrEqual(b1, Vector256.Create((byte)0xA0)));
        // Every lead must be followed by exactly its continuation bytes (within the window).
        var expected = (lead2 << 1) | (lead3 << 1) | (lead3 << 2);
        if ((high & ~(cont | lead2 | lead3)) != 0 || badThree != Vector256<byte>.Zero || cont != expected)
        {
            (take, starts) = (0, 0);
            return false;
        }

        var cut = (lead2 & 0x8000_0000u) | (lead3 & 0xC000_0000u);
        take = cut == 0 ? Window : BitOperations.TrailingZeroCount(cut);
        starts = ~cont & (cut == 0 ? uint.MaxValue : (1u << take) - 1);
        return true;
    }

    /// <summary>All 32 lanes decoded at once, those that start a char packed by lane compression (AVX-512 VBMI2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PackWide(Vector256<byte> b0, Vector256<byte> b1, Vector256<byte> b2, int take, ref ushort into)
    {
        var w0 = Avx512BW.ConvertToVector512UInt16(b0);
        var chars = Chars(w0, Avx512BW.ConvertToVector512UInt16(b1), Avx512BW.ConvertToVector512UInt16(b2));
        var keep = ~Vector512.Equals(w0 & Vector512.Create((ushort)0xC0), Vector512.Create((ushort)0x80))
            & Vector512.LessThan(LaneIndex, Vector512.Create((ushort)take));
        Avx512Vbmi2.Compress(Vector512<ushort>.Zero, keep, chars).StoreUnsafe(ref into);
    }

    /// <summary>Two halves of 16 lanes, each packed eight lanes at a time by a byte shuffle chosen by its bits of starts (AVX2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PackNarrow(Vector256<byte> b0, Vector256<byte> b1, Vector256<byte> b2, uint starts, ref ushort into)
    {
        var lower = Chars(Avx2.ConvertToVector256Int16(b0.GetLower()).AsUInt16(), Avx2.ConvertToVector256Int16(b1.GetLower()).AsUInt16(), Avx2.ConvertToVector256Int16(b2.GetLower()).AsUInt16());
        var upper = Chars(Avx2.ConvertToVector256Int16(b0.GetUpper()).AsUInt16(), Avx2.ConvertToVector256Int16(b1.GetUpper()).AsUInt16(), Avx2.ConvertToVector256Int16(b2.GetUpper()).AsUInt16());
        var at = 0;
        foreach (var eight in (ReadOnlySpan<Vector128<ushort>>)[lower.GetLower(), lower.GetUpper(), upper.GetLower(), upper.GetUpper()])
        {
            var set = starts & 0xFF;
            Ssse3.Shuffle(eight.AsByte(), PackShuffles[set]).AsUInt16().StoreUnsafe(ref Unsafe.Add(ref into, at));
            at += BitOperations.PopCount(set);
            starts >>= 8;
        }
    }

    /// <summary>For every lane, the char a sequence starting at its byte gives (lanes of continuation bytes: garbage).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> Chars(Vector512<ushort> w0, Vector512<ushort> w1, Vector512<ushort> w2)
    {
        w1 &= Vector512.Create((ushort)0x3F);
        w2 &= Vector512.Create((ushort)0x3F);
        var two = ((w0 & Vector512.Create((ushort)0x1F)) << 6) | w1;
        var three = (w0 << 12) | (w1 << 6) | w2; // the shift keeps the lead's low four bits
        var isThree = Vector512.GreaterThanOrEqual(w0, Vector512.Create((ushort)0xE0));
        var isTwo = Vector512.GreaterThanOrEqual(w0, Vector512.Create((ushort)0xC0));
        return Vector512.ConditionalSelect(isThree, three, Vector512.ConditionalSelect(isTwo, two, w0));
    }

    /// <summary><see cref="Chars(Vector512{ushort}, Vector512{ushort}, Vector512{ushort})"/> on 16 lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Chars(Vector256<ushort> w0, Vector256<ushort> w1, Vector256<ushort> w2)
    {
        w1 &= Vector256.Create((ushort)0x3F);
        w2 &= Vector256.Create((ushort)0x3F);
        var two = ((w0 & Vector256.Create((ushort)0x1F)) << 6) | w1;
        var three = (w0 << 12) | (w1 << 6) | w2;
        var isThree = Vector256.GreaterThanOrEqual(w0, Vector256.Create((ushort)0xE0));
        var isTwo = Vector256.GreaterThanOrEqual(w0, Vector256.Create((ushort)0xC0));
        return Vector256.ConditionalSelect(isThree, three, Vector256.ConditionalSelect(isTwo, two, w0));
    }

    private static readonly Vector512<ushort> LaneIndex = Vector512.Create(
        (ushort)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);

    /// <summary>For each set of eight lanes (a byte of bits), the byte shuffle that moves those lanes to the front in order.</summary>
    private static readonly Vector128<byte>[] PackShuffles = BuildPackShuffles();

    private static Vector128<byte>[] BuildPackShuffles()
    {
        var table = new Vector128<byte>[256];
        Span<byte> indices = stackalloc byte[16];
        for (var set = 0; set < 256; set++)
        {
            indices.Fill(0x80); // a shuffle index with its high bit set writes zero
            var next = 0;
            for (var lane = 0; lane < 8; lane++)
            {
                if ((set & (1 << lane)) == 0) continue;
                indices[next++] = (byte)(2 * lane);
                indices[next++] = (byte)((2 * lane) + 1);
            }

            table[set] = Vector128.Create<byte>(indices);
        }

        return table;
    }

    /// <summary>Decodes the sequence at <paramref name="i"/>; false (nothing read) when the destination has no room for it.</summary>
    private static bool DecodeOne(ReadOnlySpan<byte> source, Span<char> destination, ref int i, ref int o)
    {
        var room = destination.Length - o;
        if (room == 0)
        {
            return false;
        }

        int lead = source[i];
        if (lead < 0x80)
        {
            destination[o++] = (char)lead;
            i++;
            return true;
        }

        var (length, min, max) = lead switch
        {
            >= 0xC2 and <= 0xDF => (2, 0x80, 0xBF),
            0xE0 => (3, 0xA0, 0xBF),
            0xED => (3, 0x80, 0x9F),
            >= 0xE1 and <= 0xEF => (3, 0x80, 0xBF),
            0xF0 => (4, 0x90, 0xBF),
            >= 0xF1 and <= 0xF3 => (4, 0x80, 0xBF),
            0xF4 => (4, 0x80, 0x8F),
            _ => (0, 0, 0),
        };
        if (length == 0 || source.Length - i < length || source[i + 1] < min || source[i + 1] > max)
        {
            throw Invalid(i);
        }

        var code = lead & (0x7F >> length);
        for (var k = 1; k < length; k++)
        {
            var next = source[i + k];
            if ((next & 0xC0) != 0x80)
            {
                throw Invalid(i);
            }

            code = (code << 6) | (next & 0x3F);
        }

        if (code < 0x10000)
        {
            destination[o++] = (char)code;
        }
        else if (room >= 2)
        {
            destination[o++] = (char)(0xD7C0 + (code >> 10));
            destination[o++] = (char)(0xDC00 | (code & 0x3FF));
        }
        else
        {
            return false;
        }

        i += length;
        return true;
    }

    private static DecoderFallbackException Invalid(int index) => new($"Invalid UTF-8 sequence at byte {index} of the chunk.");
}

/// <summary>The ways <see cref="Utf8Decoder"/> can run, slowest first.</summary>
internal enum Utf8DecoderPath
{
    /// <summary>One sequence at a time.</summary>
    OneByOne,

    /// <summary>32-byte windows packed eight lanes at a time by byte shuffles (AVX2).</summary>
    Narrow,

    /// <summary>32-byte windows packed by 512-bit lane compression (AVX-512 VBMI2).</summary>
    Wide,
}

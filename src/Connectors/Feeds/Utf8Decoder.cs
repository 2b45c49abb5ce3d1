using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Strict UTF-8 to UTF-16 decoding that takes Vietnamese text 32 bytes a step. Vietnamese words mix one-, two- and
/// three-byte sequences every few chars, which keeps the runtime's decoder on its char-by-char path; here every
/// sequence in a 32-byte window is decoded at once into 16-bit lanes and the lanes that start a char are packed
/// together (AVX-512 VBMI2 lane compression). A window holding a four-byte sequence or an invalid byte is decoded one
/// sequence at a time. Exactly the sequences the runtime's strict decoder accepts are accepted (tests compare the two
/// on every code point and on random bytes); anything else throws <see cref="DecoderFallbackException"/>.
/// </summary>
internal static class Utf8Decoder
{
    private const int Window = 32;

    /// <summary>True where the vector path runs; elsewhere <see cref="Decode"/> takes one sequence at a time.</summary>
    public static bool IsVectorised => Avx512Vbmi2.IsSupported && Avx512BW.IsSupported;

    /// <summary>
    /// Decodes the whole sequences at the start of <paramref name="source"/> that fit in <paramref name="destination"/>.
    /// The end of <paramref name="source"/> is the end of the text: a sequence cut off by it is invalid.
    /// </summary>
    /// <returns>The bytes read and the chars written; fewer than all bytes only when the destination is full.</returns>
    /// <exception cref="DecoderFallbackException">An invalid or incomplete sequence.</exception>
    public static (int Consumed, int Written) Decode(ReadOnlySpan<byte> source, Span<char> destination) =>
        Decode(source, destination, IsVectorised);

    /// <param name="vectorised">False to take one sequence at a time even where vectors run (tests check both paths).</param>
    internal static (int Consumed, int Written) Decode(ReadOnlySpan<byte> source, Span<char> destination, bool vectorised)
    {
        var i = 0;
        var o = 0;
        if (vectorised && IsVectorised)
        {
            while (source.Length - i >= Window + 2 && destination.Length - o >= Window)
            {
                if (!TryWindow(source, destination, ref i, ref o))
                {
                    // A four-byte sequence or an invalid byte: this window one sequence at a time (which throws if invalid).
                    var end = i + Window;
                    while (i < end && DecodeOne(source, destination, ref i, ref o))
                    {
                    }
                }
            }
        }

        while (i < source.Length && DecodeOne(source, destination, ref i, ref o))
        {
        }

        return (i, o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryWindow(ReadOnlySpan<byte> source, Span<char> destination, ref int i, ref int o)
    {
        ref var src = ref MemoryMarshal.GetReference(source);
        ref var dst = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        var b0 = Vector256.LoadUnsafe(ref src, (nuint)i);
        if (b0.ExtractMostSignificantBits() == 0)
        {
            var (low, high) = Vector256.Widen(b0);
            low.StoreUnsafe(ref dst, (nuint)o);
            high.StoreUnsafe(ref dst, (nuint)(o + (Window / 2)));
            i += Window;
            o += Window;
            return true;
        }

        var b1 = Vector256.LoadUnsafe(ref src, (nuint)(i + 1));
        var high8 = b0.ExtractMostSignificantBits();
        var cont = Vector256.Equals(b0 & Vector256.Create((byte)0xC0), Vector256.Create((byte)0x80)).ExtractMostSignificantBits();
        var lead2 = Vector256.LessThan(b0 - Vector256.Create((byte)0xC2), Vector256.Create((byte)(0xE0 - 0xC2))).ExtractMostSignificantBits();
        var lead3 = Vector256.LessThan(b0 - Vector256.Create((byte)0xE0), Vector256.Create((byte)0x10)).ExtractMostSignificantBits();
        // Overlong three-byte forms (E0 followed by less than A0) and UTF-16 surrogates (ED followed by A0 or more).
        var badThree = ((Vector256.Equals(b0, Vector256.Create((byte)0xE0)) & Vector256.LessThan(b1, Vector256.Create((byte)0xA0)))
            | (Vector256.Equals(b0, Vector256.Create((byte)0xED)) & Vector256.GreaterThanOrEqual(b1, Vector256.Create((byte)0xA0)))).ExtractMostSignificantBits();
        // Every lead must be followed by exactly its continuation bytes (those of a sequence the window cuts off are
        // checked by the next window, which starts at its lead).
        var expected = (lead2 << 1) | (lead3 << 1) | (lead3 << 2);
        if ((high8 & ~(cont | lead2 | lead3)) != 0 || badThree != 0 || cont != expected)
        {
            return false;
        }

        var cut = (lead2 & 0x8000_0000u) | (lead3 & 0xC000_0000u);
        var take = cut == 0 ? Window : BitOperations.TrailingZeroCount(cut);
        var b2 = Vector256.LoadUnsafe(ref src, (nuint)(i + 2));
        var w0 = Avx512BW.ConvertToVector512UInt16(b0);
        var w1 = Avx512BW.ConvertToVector512UInt16(b1) & Vector512.Create((ushort)0x3F);
        var w2 = Avx512BW.ConvertToVector512UInt16(b2) & Vector512.Create((ushort)0x3F);
        var two = ((w0 & Vector512.Create((ushort)0x1F)) << 6) | w1;
        var three = (w0 << 12) | (w1 << 6) | w2; // the shift keeps the lead's low four bits
        var isThree = Vector512.GreaterThanOrEqual(w0, Vector512.Create((ushort)0xE0));
        var isTwo = Vector512.GreaterThanOrEqual(w0, Vector512.Create((ushort)0xC0)) & ~isThree;
        var chars = Vector512.ConditionalSelect(isThree, three, Vector512.ConditionalSelect(isTwo, two, w0));
        var starts = ~Vector512.Equals(w0 & Vector512.Create((ushort)0xC0), Vector512.Create((ushort)0x80))
            & Vector512.LessThan(LaneIndex, Vector512.Create((ushort)take));
        Avx512Vbmi2.Compress(Vector512<ushort>.Zero, starts, chars).StoreUnsafe(ref dst, (nuint)o);
        var mask = take == Window ? uint.MaxValue : (1u << take) - 1;
        o += BitOperations.PopCount(~cont & mask);
        i += take;
        return true;
    }

    private static readonly Vector512<ushort> LaneIndex = Vector512.Create(
        (ushort)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);

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

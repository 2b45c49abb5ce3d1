using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// The two per-char checks every fetched text goes through, each as one vectorised pass (16 chars a step): several
/// library searches in a row cost more in set-up than in scanning on the short text nodes of a feed. Tests compare the
/// vector and the scalar parts with the plain definitions for every char at every offset of a step.
/// </summary>
internal static class CharScans
{
    private const int Width = 16;

    /// <summary>True when a char is white space or a control other than a single ASCII space (or a space is doubled).</summary>
    public static bool HasLooseSpace(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length > Width)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var space = Vector256.Create((ushort)' ');
            for (; i <= text.Length - Width - 1; i += Width)
            {
                var chars = Vector256.LoadUnsafe(ref start, (nuint)i);
                var next = Vector256.LoadUnsafe(ref start, (nuint)(i + 1));
                // Exactly the loose chars (no char-by-char check needed), so the quotes and dashes of U+2010–U+2027,
                // common in Vietnamese text, cost nothing.
                var loose = Vector256.LessThan(chars, space)
                    | (Vector256.Equals(chars, space) & Vector256.Equals(next, space))
                    | Vector256.LessThan(chars - Vector256.Create((ushort)0x7F), Vector256.Create((ushort)0x22))     // U+007F–U+00A0
                    | Vector256.LessThan(chars - Vector256.Create((ushort)0x2000), Vector256.Create((ushort)0x0B))   // U+2000–U+200A
                    | Vector256.Equals(chars, Vector256.Create((ushort)0x2028))
                    | Vector256.Equals(chars, Vector256.Create((ushort)0x2029))
                    | Vector256.Equals(chars, Vector256.Create((ushort)0x202F))
                    | Vector256.Equals(chars, Vector256.Create((ushort)0x205F))
                    | Vector256.Equals(chars, Vector256.Create((ushort)0x1680))
                    | Vector256.Equals(chars, Vector256.Create((ushort)0x3000));
                if (loose != Vector256<ushort>.Zero)
                {
                    return true;
                }
            }
        }

        return HasLooseSpaceScalar(text[i..]);
    }

    private static bool HasLooseSpaceScalar(ReadOnlySpan<char> text)
    {
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c == ' ' ? k + 1 < text.Length && text[k + 1] == ' ' : TextNormalizer.IsSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index of the first char that is not surely NFC on its own: a combining mark or anything from U+0300 to
    /// U+1DFF, or from U+1F00 up except the common punctuation (U+2010–U+2027) and the đồng sign (U+20AB). -1 if none.
    /// </summary>
    public static int FirstNotSurelyNfc(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector512.IsHardwareAccelerated && text.Length >= 2 * Width)
        {
            // The same test on 32 chars a step where the machine has 512-bit vectors: raw summaries and sanitised HTML
            // are long, and this check runs over all of them.
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - (2 * Width); i += 2 * Width)
            {
                var chars = Vector512.LoadUnsafe(ref start, (nuint)i);
                var bad = Vector512.LessThan(chars - Vector512.Create((ushort)0x0300), Vector512.Create((ushort)(0x1E00 - 0x0300)))
                    | (Vector512.GreaterThanOrEqual(chars, Vector512.Create((ushort)0x1F00))
                       & ~Vector512.LessThan(chars - Vector512.Create((ushort)0x2010), Vector512.Create((ushort)0x18))
                       & ~Vector512.Equals(chars, Vector512.Create((ushort)0x20AB)));
                if (bad != Vector512<ushort>.Zero)
                {
                    return i + FirstNotSurelyNfcScalar(text.Slice(i, 2 * Width));
                }
            }
        }

        if (Vector256.IsHardwareAccelerated && text.Length - i >= Width)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - Width; i += Width)
            {
                var chars = Vector256.LoadUnsafe(ref start, (nuint)i);
                var bad = Vector256.LessThan(chars - Vector256.Create((ushort)0x0300), Vector256.Create((ushort)(0x1E00 - 0x0300)))
                    | (Vector256.GreaterThanOrEqual(chars, Vector256.Create((ushort)0x1F00))
                       & ~Vector256.LessThan(chars - Vector256.Create((ushort)0x2010), Vector256.Create((ushort)0x18))
                       & ~Vector256.Equals(chars, Vector256.Create((ushort)0x20AB)));
                if (bad != Vector256<ushort>.Zero)
                {
                    return i + FirstNotSurelyNfcScalar(text.Slice(i, Width));
                }
            }
        }

        var rest = FirstNotSurelyNfcScalar(text[i..]);
        return rest < 0 ? -1 : i + rest;
    }

    private static int FirstNotSurelyNfcScalar(ReadOnlySpan<char> text)
    {
        for (var k = 0; k < text.Length; k++)
        {
            if (!IsSurelyNfc(text[k])) return k;
        }

        return -1;
    }

    /// <summary>A char that is NFC and combines with nothing before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSurelyNfc(char c) =>
        c < '\u0300' || (c >= '\u1E00' && (c < '\u1F00' || (c >= '\u2010' && c <= '\u2027') || c == '\u20AB'));
}

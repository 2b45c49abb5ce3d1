using System.Text;
using Syndicator.Connectors.Feeds;

namespace Syndicator.Connectors.Tests.Feeds;

/// <summary>
/// The feed decoder must accept exactly what the runtime's strict UTF-8 decoder accepts and give the same chars, on
/// each of its paths (32-byte windows packed by AVX-512 VBMI2 or by AVX2 shuffles, one sequence at a
/// time everywhere; a path the CPU lacks falls back to the next), wherever a sequence falls in a window and however
/// small the caller's buffer is.
/// </summary>
public sealed class Utf8DecoderTests
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // By name: the enum is internal to the connectors.
    public static TheoryData<string> Paths => [.. Enum.GetNames<Utf8DecoderPath>()];

    [Theory]
    [MemberData(nameof(Paths))]
    public void Every_BMP_char_at_every_offset_of_a_window_decodes_as_the_runtime_does(string path)
    {
        var all = new StringBuilder();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c is < 0xD800 or > 0xDFFF) all.Append((char)c);
        }

        var text = all.ToString();
        for (var offset = 0; offset < 34; offset++)
        {
            var bytes = Encoding.UTF8.GetBytes(new string('a', offset) + text);
            Assert.Equal(Encoding.UTF8.GetString(bytes), DecodeAll(bytes, Enum.Parse<Utf8DecoderPath>(path), chunk: int.MaxValue));
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Every_supplementary_char_decodes_to_its_surrogate_pair(string path)
    {
        var all = new StringBuilder();
        for (var c = 0x10000; c <= 0x10FFFF; c++) all.Append(char.ConvertFromUtf32(c)).Append(c % 7 == 0 ? "ệ" : "");
        var bytes = Encoding.UTF8.GetBytes(all.ToString());
        Assert.Equal(all.ToString(), DecodeAll(bytes, Enum.Parse<Utf8DecoderPath>(path), chunk: int.MaxValue));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Random_mixed_text_in_random_chunks_decodes_as_the_runtime_does(string path)
    {
        var random = new Random(57);
        for (var n = 0; n < 3000; n++)
        {
            var text = RandomText(random, random.Next(0, 400));
            var bytes = Encoding.UTF8.GetBytes(text);
            Assert.Equal(text, DecodeAll(bytes, Enum.Parse<Utf8DecoderPath>(path), chunk: random.Next(1, 80)));
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Damaged_bytes_are_refused_exactly_when_the_runtime_refuses_them(string path)
    {
        var random = new Random(5701);
        var refused = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var bytes = Encoding.UTF8.GetBytes(RandomText(random, random.Next(1, 120)));
            Damage(random, ref bytes);
            string? expected;
            try
            {
                expected = Strict.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                expected = null;
            }

            string? actual;
            try
            {
                actual = DecodeAll(bytes, Enum.Parse<Utf8DecoderPath>(path), chunk: int.MaxValue);
            }
            catch (DecoderFallbackException)
            {
                actual = null;
            }

            Assert.True(expected == actual, $"bytes {Convert.ToHexString(bytes)}: runtime {expected is not null}, ours {actual is not null}");
            refused += expected is null ? 1 : 0;
        }

        Assert.InRange(refused, 5_000, 19_000); // the damage really produced both outcomes
    }

    [Theory]
    [InlineData("C0 80")] // overlong NUL
    [InlineData("C1 BF")]
    [InlineData("E0 9F BF")] // overlong three-byte form
    [InlineData("ED A0 80")] // a UTF-16 surrogate
    [InlineData("ED BF BF")]
    [InlineData("F0 8F BF BF")] // overlong four-byte form
    [InlineData("F4 90 80 80")] // above U+10FFFF
    [InlineData("F5 80 80 80")]
    [InlineData("FF")]
    [InlineData("80")] // a continuation without a lead
    [InlineData("C3")] // cut off by the end
    [InlineData("E1 BB")]
    [InlineData("E1 41 A1")]
    public void Known_invalid_sequences_throw_at_every_offset_of_a_window(string hex)
    {
        var bad = Convert.FromHexString(hex.Replace(" ", ""));
        foreach (var path in Enum.GetValues<Utf8DecoderPath>())
        {
            for (var offset = 0; offset < 34; offset++)
            {
                byte[] bytes = [.. Encoding.UTF8.GetBytes(new string('x', offset)), .. bad, .. Encoding.UTF8.GetBytes(" Đổi mới sáng tạo, chuyển đổi số quốc gia")];
                Assert.Throws<DecoderFallbackException>(() => Utf8Decoder.Decode(bytes, new char[bytes.Length + 64], path));
            }
        }
    }

    [Fact]
    public void A_pair_that_does_not_fit_is_left_for_the_next_call()
    {
        var bytes = Encoding.UTF8.GetBytes("ab😀c");
        var (consumed, written) = Utf8Decoder.Decode(bytes, new char[3]);
        Assert.Equal((2, 2), (consumed, written));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(33)]
    [InlineData(4096)]
    public void The_reader_gives_the_text_whatever_the_buffer_size(int size)
    {
        var text = "<?xml version=\"1.0\"?><rss>😀 Bình dân học vụ số 𝄞 — Nghị quyết 57-NQ/TW" + new string('ệ', 100) + "😀</rss>";
        var bytes = Encoding.UTF8.GetBytes("  " + text);
        using var reader = new Utf8ArrayReader(bytes, 2);
        var read = new StringBuilder();
        var buffer = new char[size];
        int n;
        while ((n = reader.Read(buffer, 0, size)) > 0) read.Append(buffer, 0, n);
        Assert.Equal(text, read.ToString());
    }

    [Fact]
    public void The_reader_peeks_and_reads_char_by_char_through_a_pair()
    {
        using var reader = new Utf8ArrayReader(Encoding.UTF8.GetBytes("ạ😀"), 0);
        Assert.Equal('ạ', (char)reader.Peek());
        Assert.Equal('ạ', (char)reader.Read());
        Assert.Equal('\uD83D', (char)reader.Peek());
        Assert.Equal('\uD83D', (char)reader.Read());
        Assert.Equal('\uDE00', (char)reader.Peek());
        Assert.Equal('\uDE00', (char)reader.Read());
        Assert.Equal(-1, reader.Peek());
        Assert.Equal(-1, reader.Read());
    }

    private static string DecodeAll(byte[] bytes, Utf8DecoderPath path, int chunk)
    {
        var output = new StringBuilder();
        var buffer = new char[Math.Min(chunk, bytes.Length + 2)];
        var position = 0;
        while (position < bytes.Length)
        {
            var (consumed, written) = Utf8Decoder.Decode(bytes.AsSpan(position), buffer, path);
            Assert.True(consumed > 0 || buffer.Length < 2, "no progress with room for a pair");
            if (consumed == 0) buffer = new char[2];
            output.Append(buffer, 0, written);
            position += consumed;
        }

        return output.ToString();
    }

    // Mostly Vietnamese: ASCII runs of a few letters between two- and three-byte letters, some four-byte chars.
    private static string RandomText(Random random, int length)
    {
        const string vietnamese = "ăâêôơưđĂÂÊÔƠƯĐáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ";
        var text = new StringBuilder(length + 2);
        while (text.Length < length)
        {
            var pick = random.Next(100);
            text.Append(pick switch
            {
                < 55 => (char)random.Next(0x20, 0x7F),
                < 85 => vietnamese[random.Next(vietnamese.Length)],
                < 92 => (char)random.Next(0x80, 0x800),
                < 97 => (char)random.Next(0x800, 0xD800),
                _ => char.ConvertFromUtf32(random.Next(0x10000, 0x110000))[0],
            });
            if (char.IsHighSurrogate(text[^1])) text.Append(char.ConvertFromUtf32(0x10000 + random.Next(0x100000))[1]);
        }

        return text.ToString();
    }

    private static void Damage(Random random, ref byte[] bytes)
    {
        var at = random.Next(bytes.Length);
        switch (random.Next(5))
        {
            case 0:
                bytes[at] = (byte)random.Next(256);
                break;
            case 1:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 2:
                bytes = bytes[..at];
                break;
            case 3:
                byte[] lead = [0xC0, 0xC1, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0x80, 0xBF];
                bytes = [.. bytes[..at], lead[random.Next(lead.Length)], .. bytes[at..]];
                break;
            default:
                bytes = [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + 1)..]];
                break;
        }
    }
}

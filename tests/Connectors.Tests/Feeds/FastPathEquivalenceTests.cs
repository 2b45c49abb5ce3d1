using System.Globalization;
using System.Text;
using Syndicator.Connectors.Feeds;

namespace Syndicator.Connectors.Tests.Feeds;

/// <summary>
/// The parser's fast paths claim to give exactly what the general code gives; these tests hold them to it, char by
/// char where the domain is small enough and over tricky samples where it is not.
/// </summary>
public sealed class FastPathEquivalenceTests
{
    [Fact]
    public void IsSpace_matches_the_unicode_definition_for_every_char()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var expected = c < 0x80 ? c <= ' ' || c == '\u007F' : char.IsWhiteSpace(c) || char.IsControl(c);
            Assert.True(expected == TextNormalizer.IsSpace(c), $"U+{i:X4}");
        }
    }

    [Fact]
    public void IsCollapsed_agrees_with_collapsing_for_every_char_in_every_position()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            foreach (var text in new[] { $"ab{c}cd", $"{c}ab", $"ab{c}", $"a {c}b", $"a{c} b" })
            {
                Assert.True(TextNormalizer.IsCollapsed(text) == (Reference.Collapse(text) == text), $"U+{i:X4} in \"{text}\"");
            }
        }
    }

    [Fact]
    public void The_vectorised_scans_agree_with_the_char_definitions_for_every_char_at_every_offset_of_a_step()
    {
        // Long texts take the 16-chars-a-step path; the char sits at each offset of a step and at the seams.
        var letters = "Nghị quyết số năm mươi bảy về khoa học công nghệ đổi mới sáng tạo".Replace(" ", "x");
        foreach (var at in new[] { 0, 1, 7, 15, 16, 17, 31, 32, 40 })
        {
            for (var i = 0; i <= char.MaxValue; i++)
            {
                var c = (char)i;
                var chars = letters.ToCharArray();
                chars[at] = c;
                var text = new string(chars);
                Assert.True(CharScans.HasLooseSpace(text) == (TextNormalizer.IsSpace(c) && c != ' '), $"loose space: U+{i:X4} at {at}");
                Assert.True((CharScans.FirstNotSurelyNfc(text) == at) == !CharScans.IsSurelyNfc(c), $"NFC: U+{i:X4} at {at}");
            }

            var doubled = letters.ToCharArray();
            doubled[at] = doubled[at + 1] = ' ';
            Assert.True(CharScans.HasLooseSpace(new string(doubled)), $"double space at {at}");
            var single = letters.ToCharArray();
            single[at] = ' ';
            Assert.False(CharScans.HasLooseSpace(new string(single)), $"single space at {at}");
        }

        Assert.Equal(-1, CharScans.FirstNotSurelyNfc(letters));
        Assert.False(CharScans.HasLooseSpace(letters));
    }

    [Fact]
    public void The_char_definition_of_surely_NFC_never_vouches_for_a_char_that_is_not()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c) || !CharScans.IsSurelyNfc(c)) continue;
            Assert.True($"{c}".IsNormalized(NormalizationForm.FormC) && $"a{c}".IsNormalized(NormalizationForm.FormC), $"U+{i:X4}");
            Assert.Equal($"a{c}", $"a{c}".Normalize(NormalizationForm.FormC));
        }
    }

    [Fact]
    public void The_fingerprint_fast_path_equals_the_full_Unicode_definition()
    {
        static string Reference(string text)
        {
            var words = new List<string>();
            var word = new StringBuilder();
            foreach (var ch in TextNormalizer.StripAccents(text) + " ")
            {
                if (char.IsLetterOrDigit(ch))
                {
                    word.Append(ch);
                }
                else if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }

            return string.Join(' ', words);
        }

        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c)) continue;
            foreach (var text in new[] { $"Ab{c}cD", $"{c} x", $"x  {c}", $"{c}" })
            {
                string expected;
                try
                {
                    expected = Reference(text);
                }
                catch (ArgumentException)
                {
                    Assert.Throws<ArgumentException>(() => TextNormalizer.Fingerprint(text)); // a noncharacter: both refuse it
                    continue;
                }

                Assert.True(expected == TextNormalizer.Fingerprint(text), $"U+{i:X4} in \"{text}\"");
            }
        }

        var random = new Random(57);
        const string alphabet = "aAđĐeÊệỆoƠờ9 -–.,\u00A0\t\n\u0301\u0323“”€™ß";
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.True(Reference(text) == TextNormalizer.Fingerprint(text), $"\"{text}\"");
        }
    }

    [Fact]
    public void Collapsing_whole_or_in_any_parts_gives_the_reference_collapse()
    {
        var random = new Random(57);
        const string alphabet = "ab đệ  \t\n\r\u00A0\u2003\u3000\u0001x.";
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = Reference.Collapse(text);
            Assert.Equal(expected, TextNormalizer.CollapseWhitespace(text));

            // The same text given in random parts, as the sanitiser gives text nodes one after another.
            var into = new char[text.Length + 8];
            var (length, pending) = (0, false);
            for (var at = 0; at < text.Length;)
            {
                var part = random.Next(0, text.Length - at + 1);
                TextNormalizer.CollapseInto(text.AsSpan(at, part), into, ref length, ref pending);
                at += part;
            }

            Assert.True(expected == new string(into, 0, length), $"\"{text}\" in parts");
        }
    }

    [Fact]
    public void IsSurelyNfc_never_vouches_for_a_text_that_is_not_NFC()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c)) continue;
            foreach (var text in new[] { $"a{c}", $"{c}\u0301", $"e{c}x" })
            {
                if (TextNormalizer.IsSurelyNfc(text)) Assert.True(text.IsNormalized(NormalizationForm.FormC), $"U+{i:X4}");
            }
        }

        Assert.True(TextNormalizer.IsSurelyNfc("Nghị quyết 57 – “chuyển đổi số” 10.000₫"));
        Assert.False(TextNormalizer.IsSurelyNfc("Nghi\u0323 quye\u0302\u0301t"));
    }

    [Theory]
    [InlineData("Fri, 21 Nov 2025 08:48:52 +0700")]
    [InlineData("Fri, 21 Nov 2025 08:48:52 -0330")]
    [InlineData("Fri, 21 Nov 2025 08:48:52 +1400")]
    [InlineData("Fri, 21 Nov 2025 08:48:52 GMT")]
    [InlineData("Sat, 1 Nov 2025 00:00:00 GMT")]
    [InlineData("Thu, 29 Feb 2024 23:59:59 +0000")]
    [InlineData("Sun, 31 Dec 2000 23:59:59 -1200")]
    [InlineData("2025-11-21T08:48:52+07:00")]
    [InlineData("2025-11-21T08:48:52-03:30")]
    [InlineData("2025-11-21T08:48:52Z")]
    [InlineData("2024-02-29T12:00:00+00:00")]
    public void Strict_dates_equal_the_general_path(string text)
    {
        Assert.True(FeedDateParser.TryStrictOnly(text, out var fast));
        Assert.True(FeedDateParser.TryGeneral(text, out var general));
        Assert.Equal(general, fast);
        Assert.Equal(TimeSpan.Zero, fast.Offset);
    }

    [Theory]
    [InlineData("Thu, 29 Feb 2025 10:00:00 +0700")] // no 29 February in 2025
    [InlineData("Fri, 21 Nov 2025 24:00:00 +0700")]
    [InlineData("Fri, 21 Nov 2025 08:48:60 +0700")] // a leap second: the general path's business
    [InlineData("Fri, 21 Nov 2025 08:48:52 +1500")]
    [InlineData("fri, 21 Nov 2025 08:48:52 +0700")]
    [InlineData("Fri, 21 nov 2025 08:48:52 +0700")]
    [InlineData("Fri, 21 Nov 2025 08:48 +0700")]
    [InlineData("Fri, 21 Nov 2025 08:48:52 +07")]
    [InlineData("Fri, 21 Nov 2025 08:48:52 ICT")]
    [InlineData("Fri,  21 Nov 2025 08:48:52 +0700")]
    [InlineData("2025-11-21T08:48:52.5+07:00")]
    [InlineData("2025-11-21 08:48:52+07:00")]
    [InlineData("2025-11-21T08:48:52+0700")]
    [InlineData("2025-13-01T00:00:00Z")]
    public void Other_forms_are_left_to_the_general_path_and_still_parse_as_before(string text)
    {
        Assert.False(FeedDateParser.TryStrictOnly(text, out _));
        var general = FeedDateParser.TryGeneral(text, out var expected);
        Assert.Equal(general, FeedDateParser.TryParse(text, out var actual));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("https://baochinhphu.vn/tin-tuc/nghi-quyet-57-102250101.htm")]
    [InlineData("http://example.vn/")]
    [InlineData("https://a-b.c-d.example.gov.vn/x/y_z~1/Upper.HTML")]
    [InlineData("https://xn--bo-chnh-ph-6pb.vn/a")]
    [InlineData("https://123abc.vn/a//b/")]
    public void Plain_absolute_urls_come_back_unchanged_from_Uri(string url)
    {
        Assert.True(UrlNormalizer.IsPlainAbsolute(url));
        Assert.Equal(url, new Uri(url).AbsoluteUri);
        Assert.Equal(url, Reference.Canonicalize(url));
    }

    [Theory]
    [InlineData("https://Example.vn/a")]
    [InlineData("HTTPS://example.vn/a")]
    [InlineData("https://example.vn")]
    [InlineData("https://example.vn:443/a")]
    [InlineData("https://example.vn:8080/a")]
    [InlineData("https://user@example.vn/a")]
    [InlineData("https://example.vn/a?utm_source=x&id=1")]
    [InlineData("https://example.vn/a#top")]
    [InlineData("https://example.vn/a%20b")]
    [InlineData("https://example.vn/a b")]
    [InlineData("https://example.vn/./a/../b")]
    [InlineData("https://example.vn/a/.")]
    [InlineData("https://example.vn./a")]
    [InlineData("https://-example.vn/a")]
    [InlineData("https://ex--ample-.vn/a")]
    [InlineData("https://127.0.0.1/a")]
    [InlineData("https://1.2.3/a")]
    [InlineData("https://bộ.vn/a")]
    [InlineData("https://example.vn\\a")]
    [InlineData("ftp://example.vn/a")]
    [InlineData("//example.vn/a")]
    [InlineData("/tin-tuc/a.htm")]
    public void Other_urls_take_the_general_path_and_canonicalise_as_before(string url)
    {
        Assert.False(UrlNormalizer.IsPlainAbsolute(url));
        var baseUri = new Uri("https://portal.example.vn/feeds/");
        Assert.Equal(Reference.Canonicalize(url, baseUri), UrlNormalizer.Canonicalize(url, baseUri));
    }

    /// <summary>The general code, written out again here so the fast paths are compared with something independent.</summary>
    private static class Reference
    {
        public static string Collapse(string text)
        {
            var builder = new StringBuilder();
            var pending = false;
            foreach (var c in text)
            {
                if (c < 0x80 ? c <= ' ' || c == '\u007F' : char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    pending = true;
                    continue;
                }

                if (pending && builder.Length > 0) builder.Append(' ');
                builder.Append(c);
                pending = false;
            }

            return builder.ToString();
        }

        public static string? Canonicalize(string url, Uri? baseUri = null)
        {
            var trimmed = url.Trim();
            Uri? uri;
            if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !(absolute.IsFile && !trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
            {
                uri = absolute;
            }
            else if (baseUri is null || !Uri.TryCreate(baseUri, trimmed, out uri))
            {
                return null;
            }

            if (uri.Scheme is not ("http" or "https")) return null;
            var result = new StringBuilder(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant());
            if (!uri.IsDefaultPort) result.Append(':').Append(uri.Port.ToString(CultureInfo.InvariantCulture));
            result.Append(uri.AbsolutePath);
            var kept = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !Uri.UnescapeDataString(p.Split('=')[0]).StartsWith("utm_", StringComparison.OrdinalIgnoreCase));
            var query = string.Join('&', kept);
            return query.Length > 0 ? result.Append('?').Append(query).ToString() : result.ToString();
        }
    }
}

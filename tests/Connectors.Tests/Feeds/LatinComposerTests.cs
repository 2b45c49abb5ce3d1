using System.Text;
using Syndicator.Connectors.Feeds;

namespace Syndicator.Connectors.Tests.Feeds;

/// <summary>
/// The managed composer stands in for ICU on decomposed Latin text; wherever it gives an answer, the answer must be
/// ICU's, checked exhaustively over the letters and marks it handles.
/// </summary>
public sealed class LatinComposerTests
{
    private const string Marks = "\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u0309\u030A\u030B\u030C\u031B\u0323\u0324\u0327\u0328";

    private static IEnumerable<char> Starters()
    {
        for (var c = '\0'; c < '\u0300'; c++) yield return c;
        for (var c = '\u1E00'; c < '\u1F00'; c++) yield return c;
    }

    private static readonly char[] Letters =
        [.. "aAeEiIoOuUyYdDđĐcCnNsSzZ", .. "ăâêôơưĂÂÊÔƠƯ", .. Enumerable.Range(0x1EA0, 0x5A).Select(i => (char)i)];

    [Fact]
    public void Every_letter_with_one_or_two_marks_composes_as_ICU_does()
    {
        var leftToIcu = 0;
        foreach (var starter in Starters())
        {
            // Only a letter whose own decomposition has a mark outside the set (ȁ: a with a double grave), or that
            // composes into another script (¨ with a grave is Greek ῭), goes to ICU.
            var handled = starter.ToString().Normalize(NormalizationForm.FormD).AsSpan(1).IndexOfAnyExcept(Marks) < 0;
            foreach (var first in Marks)
            {
                foreach (var text in new[] { $"{starter}{first}" }.Concat(Marks.Select(second => $"x{starter}{first}{second}y")))
                {
                    var latin = text.Normalize(NormalizationForm.FormC).All(c => c < '\u0300' || c is >= '\u1E00' and < '\u1F00' || Marks.Contains(c));
                    if (!AssertSameAsIcu(text, allowIcu: !handled || !latin)) leftToIcu++;
                }
            }
        }

        Assert.InRange(leftToIcu, 1, 1024 * Marks.Length * (Marks.Length + 1) / 10);
    }

    [Fact]
    public void Vietnamese_letters_with_three_marks_in_any_order_compose_as_ICU_does()
    {
        foreach (var starter in Letters)
        {
            foreach (var a in Marks)
            {
                foreach (var b in Marks)
                {
                    foreach (var c in Marks)
                    {
                        AssertSameAsIcu($"{starter}{a}{b}{c}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Decomposed_Vietnamese_sentences_come_out_as_the_precomposed_text()
    {
        const string composed = "Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Ứng dụng VNeID, thanh toán không dùng tiền mặt — “Bình dân học vụ số”.";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(composed, LatinComposer.TryCompose(decomposed));
        Assert.Equal(composed, TextNormalizer.Nfc(decomposed));
    }

    [Fact]
    public void Marks_with_no_letter_before_them_are_reordered_as_ICU_does()
    {
        AssertSameAsIcu("\u0302\u0323ab");
        AssertSameAsIcu("\u0301");
        AssertSameAsIcu("\0\u0301");
        AssertSameAsIcu(" \u0323\u031B\u0301 ");
        AssertSameAsIcu("\n\u0309");
    }

    [Theory]
    [InlineData("Ελληνικά\u0301")] // a Greek letter before a mark
    [InlineData("e\u0301\u0345")] // a mark outside the handled set
    [InlineData("한국어")] // Hangul composes differently
    [InlineData("a\u0301 \uD83D\uDE00")] // a surrogate pair
    [InlineData("–\u0301")] // punctuation the quick check accepts, with a mark after it
    public void Text_it_does_not_handle_is_left_to_ICU(string text)
    {
        Assert.Null(LatinComposer.TryCompose(text));
        Assert.Equal(text.Normalize(NormalizationForm.FormC), TextNormalizer.Nfc(text));
    }

    [Fact]
    public void Text_already_composed_comes_back_as_the_same_instance()
    {
        const string text = "Nghị quyết \u0301 57";
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.Same(text, LatinComposer.TryCompose(text));
    }

    [Fact]
    public void Random_decomposed_and_mixed_texts_agree_with_ICU()
    {
        var random = new Random(57);
        var alphabet = "abcdeghiklmnopqrstuvxyđ ĐAEOU.,-\n" + Marks + Marks + "ăâêôơư" + new string([.. Enumerable.Range(0x1EA0, 0x5A).Select(i => (char)i)]);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            AssertSameAsIcu(new string(chars));
        }
    }

    /// <returns>True when the composer answered; false when it left the text to ICU (only allowed with <paramref name="allowIcu"/>).</returns>
    private static bool AssertSameAsIcu(string text, bool allowIcu = false)
    {
        var expected = text.Normalize(NormalizationForm.FormC);
        var actual = LatinComposer.TryCompose(text);
        if (actual is null && allowIcu)
        {
            return false;
        }

        if (actual != expected)
        {
            Assert.Fail($"{Escape(text)}: expected {Escape(expected)}, got {(actual is null ? "null (left to ICU)" : Escape(actual))}");
        }

        return true;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}

using System.Text;
using Syndicator.Connectors.Feeds;

namespace Syndicator.Connectors.Tests.Feeds;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Nfc_decomposedVietnamese_returnsComposed()
    {
        var decomposed = "Nghị quyết về đổi mới sáng tạo".Normalize(NormalizationForm.FormD);
        var result = TextNormalizer.Nfc(decomposed);
        Assert.Equal("Nghị quyết về đổi mới sáng tạo", result);
        Assert.NotEqual(decomposed.Length, result.Length);
    }

    [Theory]
    [InlineData("Đường Hồ Chí Minh", "duong ho chi minh")]
    [InlineData("ĐỔI MỚI SÁNG TẠO", "doi moi sang tao")]
    [InlineData("Bình dân học vụ số", "binh dan hoc vu so")]
    [InlineData("Ưu đãi ở Quảng Ngãi", "uu dai o quang ngai")]
    public void StripAccents_vietnamese_foldsToLowerAscii(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.StripAccents(input));
        Assert.Equal(expected, TextNormalizer.StripAccents(input.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Fingerprint_punctuationAndSpacingVariants_match()
    {
        var a = TextNormalizer.Fingerprint("  Xã Tân Phú: triển khai — Nghị quyết 57-NQ/TW!! ");
        var b = TextNormalizer.Fingerprint("Xa Tan Phu trien khai nghi quyet 57 NQ TW");
        Assert.Equal("xa tan phu trien khai nghi quyet 57 nq tw", a);
        Assert.Equal(a, b);
    }
}

using Syndicator.Worker.Rendering.Radio;

namespace Syndicator.Tests.Rendering;

public sealed class VietnameseNumberSpellerTests
{
    [Theory]
    [InlineData(0, "không")]
    [InlineData(1, "một")]
    [InlineData(5, "năm")]
    [InlineData(10, "mười")]
    [InlineData(11, "mười một")]
    [InlineData(14, "mười bốn")]
    [InlineData(15, "mười lăm")]
    [InlineData(20, "hai mươi")]
    [InlineData(21, "hai mươi mốt")]
    [InlineData(25, "hai mươi lăm")]
    [InlineData(55, "năm mươi lăm")]
    [InlineData(57, "năm mươi bảy")]
    [InlineData(100, "một trăm")]
    [InlineData(101, "một trăm linh một")]
    [InlineData(105, "một trăm linh năm")]
    [InlineData(110, "một trăm mười")]
    [InlineData(111, "một trăm mười một")]
    [InlineData(115, "một trăm mười lăm")]
    [InlineData(121, "một trăm hai mươi mốt")]
    [InlineData(999, "chín trăm chín mươi chín")]
    [InlineData(1000, "một nghìn")]
    [InlineData(1005, "một nghìn không trăm linh năm")]
    [InlineData(1010, "một nghìn không trăm mười")]
    [InlineData(1500, "một nghìn năm trăm")]
    [InlineData(2025, "hai nghìn không trăm hai mươi lăm")]
    [InlineData(10_000, "mười nghìn")]
    [InlineData(21_000, "hai mươi mốt nghìn")]
    [InlineData(105_000, "một trăm linh năm nghìn")]
    [InlineData(1_000_000, "một triệu")]
    [InlineData(1_000_005, "một triệu không trăm linh năm")]
    [InlineData(1_250_000, "một triệu hai trăm năm mươi nghìn")]
    [InlineData(999_999_999, "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín")]
    [InlineData(1_000_000_000, "một tỷ")]
    [InlineData(2_000_000_005, "hai tỷ không trăm linh năm")]
    public void Spell_integer_readsVietnamese(long number, string expected) =>
        Assert.Equal(expected, VietnameseNumberSpeller.Spell(number));

    [Fact]
    public void Spell_negative_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumberSpeller.Spell(-1));

    [Theory]
    [InlineData(1, "thứ nhất")]
    [InlineData(2, "thứ hai")]
    [InlineData(4, "thứ tư")]
    [InlineData(7, "thứ bảy")]
    [InlineData(11, "thứ mười một")]
    public void Ordinal_number_usesOrdinalWords(int number, string expected) =>
        Assert.Equal(expected, VietnameseNumberSpeller.Ordinal(number));

    [Fact]
    public void SpellDigits_phoneNumber_readsEachDigit() =>
        Assert.Equal("không chín một hai", VietnameseNumberSpeller.SpellDigits("0912"));
}

using Syndicator.Worker.Rendering;

namespace Syndicator.Tests.Rendering;

public sealed class ThemeHashtagsTests
{
    [Theory]
    [InlineData("chuyen-doi-so", "Chuyển đổi số", "#ChuyenDoiSo")]
    [InlineData("innovation", "", "#DoiMoiSangTao")]
    [InlineData("x", "Bình dân học vụ số", "#BinhDanHocVuSo")]
    [InlineData("x", "Đổi mới sáng tạo", "#DoiMoiSangTao")]
    [InlineData("x", "Khoa học, công nghệ (KH&CN)", "#KhoaHocCongNgheKHCN")]
    [InlineData("ung-dung-so", "", "#UngDungSo")]
    public void For_theme_returnsColumnTagThenAsciiThemeTag(string key, string name, string expected) =>
        Assert.Equal(["#NQ57", expected], ThemeHashtags.For(key, name));

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "  ")]
    [InlineData("nq57", "NQ57")]
    public void For_noUsableTheme_returnsColumnTagOnly(string? key, string? name) =>
        Assert.Equal(["#NQ57"], ThemeHashtags.For(key, name));
}

using Syndicator.Worker.Rendering.Text;

namespace Syndicator.Worker.Rendering;

/// <summary>Hashtags for a theme, without diacritics: always "#NQ57", then the theme's own tag.</summary>
public static class ThemeHashtags
{
    public const string Column = "#NQ57";

    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chuyen-doi-so"] = "#ChuyenDoiSo",
        ["digital-transformation"] = "#ChuyenDoiSo",
        ["khoa-hoc-cong-nghe"] = "#KhoaHocCongNghe",
        ["science-technology"] = "#KhoaHocCongNghe",
        ["doi-moi-sang-tao"] = "#DoiMoiSangTao",
        ["innovation"] = "#DoiMoiSangTao",
        ["binh-dan-hoc-vu-so"] = "#BinhDanHocVuSo",
        ["digital-literacy"] = "#BinhDanHocVuSo",
    };

    public static IReadOnlyList<string> For(string? themeKey, string? themeName)
    {
        var theme = Known.GetValueOrDefault(themeKey ?? string.Empty) ?? Derive(themeName) ?? Derive(themeKey?.Replace('-', ' '));
        return theme is null || theme.Equals(Column, StringComparison.OrdinalIgnoreCase) ? [Column] : [Column, theme];
    }

    private static string? Derive(string? name)
    {
        var tag = VietnameseAscii.PascalCase(name ?? string.Empty);
        return tag.Length == 0 ? null : "#" + tag;
    }
}

using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Classification;

namespace Syndicator.Worker.Hosting;

/// <summary>The column themes named in the commune plans; added when missing, never overwritten.</summary>
public static class ThemeSeeder
{
    private static readonly Theme[] Defaults =
    [
        new() { Key = ThemeKeys.Policy, Name = "Chủ trương, chính sách – Nghị quyết 57", Hashtag = "#NghiQuyet57", SortOrder = 1 },
        new() { Key = ThemeKeys.DigitalTransformation, Name = "Chuyển đổi số và Bình dân học vụ số", Hashtag = "#ChuyenDoiSo", SortOrder = 2 },
        new() { Key = ThemeKeys.Innovation, Name = "Đổi mới sáng tạo, khởi nghiệp", Hashtag = "#DoiMoiSangTao", SortOrder = 3 },
        new() { Key = ThemeKeys.Science, Name = "Thành tựu khoa học, công nghệ", Hashtag = "#KhoaHocCongNghe", SortOrder = 4 },
        new() { Key = ThemeKeys.ModelExamples, Name = "Mô hình tiêu biểu", Hashtag = "#MoHinhTieuBieu", SortOrder = 5 },
        new() { Key = ThemeKeys.Business, Name = "Doanh nghiệp và hộ gia đình", Hashtag = "#HoTroDoanhNghiep", SortOrder = 6 },
        new() { Key = ThemeKeys.Education, Name = "Giáo dục, STEM", Hashtag = "#GiaoDucSTEM", SortOrder = 7 },
        new() { Key = ThemeKeys.ObservanceDays, Name = "Ngày kỷ niệm 18/5, 1/10, 10/10", Hashtag = "#NgayChuyenDoiSo", SortOrder = 8 },
    ];

    public static async Task SeedAsync(SyndicatorDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Themes.Select(t => t.Key).ToListAsync(cancellationToken);
        foreach (var theme in Defaults.Where(t => !existing.Contains(t.Key)))
            db.Themes.Add(new Theme { Key = theme.Key, Name = theme.Name, Hashtag = theme.Hashtag, SortOrder = theme.SortOrder });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // another node seeded them at the same moment
        }
    }
}

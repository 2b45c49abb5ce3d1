namespace Syndicator.Worker.Classification;

/// <summary>The first NQ57 relevance rules. Matching is accent-insensitive (đ→d), on normalised words.</summary>
public static class DefaultRules
{
    public static readonly IReadOnlyList<KeywordRule> All =
    [
        new("Nghị quyết 57", ThemeKeys.Policy, 2),
        new("Nghị quyết số 57", ThemeKeys.Policy, 2),
        new("57-NQ/TW", ThemeKeys.Policy, 2),
        new("NQ57", ThemeKeys.Policy, 2),
        new("Bình dân học vụ số", ThemeKeys.DigitalTransformation, 2),
        new("chuyển đổi số", ThemeKeys.DigitalTransformation, 1),
        new("dịch vụ công trực tuyến", ThemeKeys.DigitalTransformation, 1),
        new("VNeID", ThemeKeys.DigitalTransformation, 1),
        new("thanh toán không dùng tiền mặt", ThemeKeys.DigitalTransformation, 1),
        new("đổi mới sáng tạo", ThemeKeys.Innovation, 1),
        new("khởi nghiệp", ThemeKeys.Innovation, 1),
        new("khoa học, công nghệ", ThemeKeys.Science, 1),
        new("khoa học và công nghệ", ThemeKeys.Science, 1),
        new("trí tuệ nhân tạo", ThemeKeys.Science, 1),
    ];
}

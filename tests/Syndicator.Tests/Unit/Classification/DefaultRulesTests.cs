using Syndicator.Worker.Classification;

namespace Syndicator.Tests.Unit.Classification;

public sealed class DefaultRulesTests
{
    private static readonly RelevanceClassifier Classifier = new(RuleScopes.InEvaluationOrder(DefaultRules.All, Guid.Empty, Guid.Empty));

    [Theory]
    [InlineData("Xã triển khai Nghị quyết 57-NQ/TW", ThemeKeys.Policy)]
    [InlineData("Bình dân học vụ số về tới thôn", ThemeKeys.DigitalTransformation)]
    [InlineData("Cảnh giác lừa đảo trực tuyến dịp cuối năm", ThemeKeys.DigitalTransformation)]
    [InlineData("Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10", ThemeKeys.ObservanceDays)]
    [InlineData("Ngày 18/5: tôn vinh khoa học công nghệ", ThemeKeys.ObservanceDays)]
    [InlineData("Ngày hội giáo dục STEM ở trường tiểu học", ThemeKeys.Education)]
    [InlineData("Mô hình tiêu biểu trong xây dựng xã hội học tập số", ThemeKeys.ModelExamples)]
    [InlineData("Thanh niên khởi nghiệp với nông sản sạch", ThemeKeys.Innovation)]
    [InlineData("Ứng dụng trí tuệ nhân tạo trong nông nghiệp", ThemeKeys.Science)]
    [InlineData("Hộ kinh doanh chuyển sang hóa đơn điện tử", ThemeKeys.Business)]
    public void DefaultRules_typicalTitles_getTheirTheme(string title, string theme)
    {
        var verdict = Classifier.Classify(new ClassificationInput(title, null, null, null, []));
        Assert.True(verdict.Relevant, verdict.Reason);
        Assert.Equal(theme, verdict.ThemeKey);
    }

    [Theory]
    [InlineData("Kết quả xổ số kiến thiết chuyển đổi số")]
    [InlineData("Hội thi văn nghệ mừng xuân")]
    [InlineData("Ngày 10/10 hội thi văn nghệ")]
    public void DefaultRules_unrelatedOrExcluded_isNotRelevant(string title) =>
        Assert.False(Classifier.Classify(new ClassificationInput(title, null, null, null, [])).Relevant);
}

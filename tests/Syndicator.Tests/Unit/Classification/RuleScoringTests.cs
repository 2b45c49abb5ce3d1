using Syndicator.Worker.Classification;
using static Syndicator.Tests.Unit.Classification.RuleFactory;

namespace Syndicator.Tests.Unit.Classification;

public sealed class RuleScoringTests
{
    [Fact]
    public void Title_match_countsDouble()
    {
        Assert.Equal(2, Classify([Include("VNeID")], "Cài VNeID").Score);
        Assert.Equal(1, Classify([Include("VNeID")], "Tin mới", "Cài VNeID").Score);
    }

    [Fact]
    public void Score_belowThreshold_isNotRelevantButKeepsReason()
    {
        var verdict = Classify([Include("hộ kinh doanh", weight: 0.5)], "Tin mới", "Hỗ trợ hộ kinh doanh");
        Assert.False(verdict.Relevant);
        Assert.Equal(0.5, verdict.Score);
        Assert.NotNull(verdict.Reason);
        Assert.True(Classify([Include("hộ kinh doanh", weight: 0.5)], "Hộ kinh doanh dùng hóa đơn").Relevant);
    }

    [Fact]
    public void Threshold_isConfigurable()
    {
        var options = new ClassificationOptions { MinScore = 3 };
        Assert.False(Classify([Include("VNeID")], "Cài VNeID", options: options).Relevant);
    }

    [Fact]
    public void Exclude_afterInclude_stillDropsTheItemWithItsReason()
    {
        var verdict = Classify([Include("chuyển đổi số", order: 1), Exclude("xổ số", order: 2)], "Xổ số chuyển đổi số vé");
        Assert.False(verdict.Relevant);
        Assert.Equal(0, verdict.Score);
        Assert.Equal("loại theo quy tắc #2 \"xổ số\" (từ khóa, tiêu đề)", verdict.Reason);
    }

    [Fact]
    public void Exclude_firstInEvaluationOrder_isTheReason()
    {
        var verdict = Classify([Exclude("cá cược", order: 5), Exclude("nhà cái", order: 9)], "Nhà cái mời cá cược");
        Assert.Contains("#5 \"cá cược\"", verdict.Reason);
    }

    [Fact]
    public void Theme_heaviestInclude_wins_firstOnTie()
    {
        var rules = new[]
        {
            Include("mô hình tiêu biểu", theme: ThemeKeys.ModelExamples, order: 1),
            Include("chuyển đổi số", theme: ThemeKeys.DigitalTransformation, order: 2),
            Include("Nghị quyết 57", theme: ThemeKeys.Policy, weight: 3, order: 3),
        };
        Assert.Equal(ThemeKeys.ModelExamples, Classify(rules, "Mô hình tiêu biểu về chuyển đổi số").ThemeKey);
        Assert.Equal(ThemeKeys.Policy, Classify(rules, "Mô hình tiêu biểu", "Thực hiện Nghị quyết 57").ThemeKey);
        Assert.Equal(10, Classify(rules, "Mô hình tiêu biểu chuyển đổi số theo Nghị quyết 57").Score);
    }

    [Fact]
    public void Reason_namesRuleNumberPatternKindAndField()
    {
        var verdict = Classify([Include("chuyển đổi số", RuleMatchKinds.Phrase, order: 12)], "Xã chuyển đổi số");
        Assert.Equal("quy tắc #12 \"chuyển đổi số\" (cụm từ, tiêu đề)", verdict.Reason);
        Assert.Equal("quy tắc #1 \"VNeID\" (từ khóa, nội dung)", Classify([Include("VNeID")], "x", null, "<p>VNeID</p>").Reason);
    }

    [Fact]
    public void ScopeOrder_sourceThenCommuneThenGlobal_eachByOrder()
    {
        var commune = Guid.NewGuid();
        var source = Guid.NewGuid();
        var global = Exclude("a", order: 1);
        var communeRule = Exclude("b", order: 9);
        communeRule.CommuneId = commune;
        var sourceRule = Exclude("c", order: 50);
        sourceRule.CommuneId = commune;
        sourceRule.SourceId = source;
        var otherCommune = Exclude("d", order: 0);
        otherCommune.CommuneId = Guid.NewGuid();
        var ordered = RuleScopes.InEvaluationOrder([global, otherCommune, communeRule, sourceRule], commune, source);
        Assert.Equal(["c", "b", "a"], ordered.Select(r => r.Pattern));
        Assert.Contains("\"c\"", new RelevanceClassifier(ordered).Classify(new ClassificationInput("a b c", null, null, null, [])).Reason);
    }

    [Fact]
    public void Stamp_changesWhenARuleIsEdited()
    {
        var rule = Include("VNeID");
        var before = RuleBook.Stamp([rule]);
        rule.Weight = 2;
        Assert.NotEqual(before, RuleBook.Stamp([rule]));
    }
}

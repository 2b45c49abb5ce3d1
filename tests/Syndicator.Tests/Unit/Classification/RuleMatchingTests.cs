using Syndicator.Worker.Classification;
using static Syndicator.Tests.Unit.Classification.RuleFactory;

namespace Syndicator.Tests.Unit.Classification;

public sealed class RuleMatchingTests
{
    [Fact]
    public void Keyword_accentInsensitive_matchesTextWithoutAccents()
    {
        Assert.True(Classify([Include("chuyển đổi số")], "Xa day manh chuyen doi so").Relevant);
        Assert.True(Classify([Include("chuyen doi so")], "Xã đẩy mạnh chuyển đổi số").Relevant);
    }

    [Fact]
    public void Keyword_accentSensitive_doesNotMatchOtherAccents()
    {
        Assert.False(Classify([Include("chuyen doi so", accentInsensitive: false)], "Xã đẩy mạnh chuyển đổi số").Relevant);
        Assert.True(Classify([Include("Chuyển Đổi Số", accentInsensitive: false)], "Xã đẩy mạnh chuyển đổi số").Relevant);
        Assert.False(Classify([Include("cá cược", accentInsensitive: false)], "Dốc sức cả cuộc đời").Relevant);
    }

    [Fact]
    public void Keyword_dStroke_foldsToDOnlyWhenAccentInsensitive()
    {
        Assert.True(Classify([Include("dinh danh dien tu")], "ĐỊNH DANH ĐIỆN TỬ cho người dân").Relevant);
        Assert.False(Classify([Include("dinh danh", accentInsensitive: false)], "Định danh điện tử").Relevant);
    }

    [Fact]
    public void Keyword_partOfAWord_doesNotMatch()
    {
        Assert.False(Classify([Include("STEM")], "Hệ thống system mới").Relevant);
        Assert.True(Classify([Include("STEM")], "Ngày hội STEM của trường").Relevant);
    }

    [Fact]
    public void Phrase_substring_matchesInsideWords()
    {
        Assert.True(Classify([Include("số hóa", RuleMatchKinds.Phrase)], "Công tác số hóa dữ liệu").Relevant);
        Assert.True(Classify([Include("ai", RuleMatchKinds.Phrase)], "Trao giải").Relevant);
        Assert.False(Classify([Include("số hóa", RuleMatchKinds.Phrase, accentInsensitive: false)], "So hoa du lieu").Relevant);
    }

    [Fact]
    public void Regex_accentSensitive_matchesNfcTextIgnoringCase()
    {
        var rule = Include(@"\b10/10\b.{0,40}chuyển đổi số", RuleMatchKinds.Regex, accentInsensitive: false);
        Assert.True(Classify([rule], "Ngày 10/10: hưởng ứng Chuyển đổi số").Relevant);
        Assert.False(Classify([rule], "Ngày 10/10 hội thi văn nghệ").Relevant);
    }

    [Fact]
    public void Regex_accentInsensitive_seesTextWithoutAccents()
    {
        Assert.True(Classify([Include(@"ngay chuyen doi so", RuleMatchKinds.Regex)], "Hưởng ứng Ngày Chuyển đổi số").Relevant);
    }

    [Fact]
    public void Regex_runaway_timesOutAndDoesNotMatch()
    {
        var options = new ClassificationOptions { RegexTimeout = TimeSpan.FromMilliseconds(20) };
        var verdict = Classify([Include("^(a+)+$", RuleMatchKinds.Regex, accentInsensitive: false)], new string('a', 40) + "!", options: options);
        Assert.False(verdict.Relevant);
    }

    [Fact]
    public void Regex_invalidStoredRule_isSkippedNotThrown()
    {
        var classifier = new RelevanceClassifier([Include("([unclosed", RuleMatchKinds.Regex), Include("VNeID", order: 2)]);
        Assert.Single(classifier.Skipped);
        Assert.True(classifier.Classify(new ClassificationInput("Cài VNeID", null, null, null, [])).Relevant);
    }

    [Theory]
    [InlineData("title", "VNeID", null, null, null, null)]
    [InlineData("summary", "x", "VNeID", null, null, null)]
    [InlineData("content", "x", null, "<p>Dùng <b>VNeID</b></p>", null, null)]
    [InlineData("url", "x", null, null, "https://xa.vn/tin/vneid-muc-2.html", null)]
    [InlineData("category", "x", null, null, null, "VNeID")]
    public void Fields_eachField_matchesOnlyWhenListed(string field, string title, string? summary, string? content, string? url, string? category)
    {
        var categories = category is null ? null : new[] { category };
        Assert.True(Classify([Include("VNeID", fields: field)], title, summary, content, url, categories).Score > 0);
        var others = string.Join(',', RuleFields.Names.Where(n => n != field));
        Assert.Equal(0, Classify([Include("VNeID", fields: others)], title, summary, content, url, categories).Score);
    }

    [Fact]
    public void Disabled_rule_isIgnored()
    {
        var rule = Include("VNeID");
        rule.Enabled = false;
        Assert.False(Classify([rule], "Cài VNeID").Relevant);
    }
}

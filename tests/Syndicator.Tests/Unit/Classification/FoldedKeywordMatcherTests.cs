using Syndicator.Worker.Classification;
using static Syndicator.Tests.Unit.Classification.RuleFactory;

namespace Syndicator.Tests.Unit.Classification;

/// <summary>
/// The automaton that folds and matches in one pass is compared with the straightforward method: fold the text into a
/// string (<see cref="TextForms.FoldedWords"/>) and look for every padded pattern in it.
/// </summary>
public sealed class FoldedKeywordMatcherTests
{
    private static readonly string[] Patterns =
    [
        "chuyển đổi số", "đổi số", "số", "xã số", "Nghị quyết 57", "quyết 57", "57", "NQ57", "57-NQ/TW", "khoa học, công nghệ",
        "công nghệ", "ĐỔI MỚI SÁNG TẠO", "sáng tạo", "VNeID", "a", "so so", "so so so",
    ];

    private static readonly string[] Words =
    [
        "Chuyển", "đổi", "số", "xã", "Số", "SỐ", "so", "sô", "Nghị", "quyết", "57", "NQ57", "57-NQ/TW", "khoa", "học,", "công", "nghệ",
        "đổi", "mới", "sáng", "tạo", "VNeID", "a", "á", "ả", "—", "…", "“số”", "😀", "chuye\u0302\u0309n", "Ñ", "ß", "Ⅻ", "x²", "\u00A0", "\n", "|",
    ];

    [Theory]
    [InlineData(12)]
    [InlineData(160)] // long texts are scanned as two halves at once; patterns straddle the split
    public void Finds_exactly_what_a_search_of_the_folded_string_finds(int maxWords)
    {
        var random = new Random(57);
        var (matcher, rules) = MatcherOfPatterns();
        for (var sample = 0; sample < 3000; sample++)
        {
            var text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(0, maxWords)).Select(_ => Words[random.Next(Words.Length)]));
            AssertFindsWhatTheFoldedStringHolds(matcher, rules, text, folded => $"in \"{text}\" (folded \"{folded}\")");
        }
    }

    [Theory]
    [InlineData("khoa học, công nghệ")]
    [InlineData("Nghị quyết 57")]
    [InlineData("so so so")]
    [InlineData("chuye\u0302\u0309n  đổi\n\n số")]
    public void A_pattern_found_once_is_found_wherever_the_split_of_a_long_text_falls(string phrase)
    {
        var (matcher, rules) = MatcherOfPatterns();
        for (var before = 0; before < 60; before++)
        {
            // Filler that matches no pattern, so the phrase is the only place its patterns can be found.
            var text = string.Concat(Enumerable.Repeat("lorem ", before)) + phrase + string.Concat(Enumerable.Repeat(" ipsum", 60 - before));
            AssertFindsWhatTheFoldedStringHolds(matcher, rules, text, _ => $"after {before} filler words");
        }
    }

    private static (FoldedKeywordMatcher Matcher, CompiledRule[] Rules) MatcherOfPatterns()
    {
        var matcher = new FoldedKeywordMatcher();
        var rules = Patterns.Select(p => new CompiledRule(Include(p), TimeSpan.FromSeconds(1))).ToArray();
        for (var i = 0; i < rules.Length; i++) matcher.Add(i, rules[i].Words!, rules[i].Fields, gate: false);
        return (matcher, rules);
    }

    /// <summary>Every pattern is found in the content exactly when its padded words occur in the folded text.</summary>
    private static void AssertFindsWhatTheFoldedStringHolds(FoldedKeywordMatcher matcher, CompiledRule[] rules, string text, Func<string, string> where)
    {
        var found = new RuleField[rules.Length];
        matcher.Match(text, RuleField.Content, rules, found);
        var folded = TextForms.FoldedWords(text);
        for (var i = 0; i < rules.Length; i++)
        {
            var expected = folded.Contains(rules[i].Words!, StringComparison.Ordinal) ? RuleField.Content : RuleField.None;
            Assert.True(expected == found[i], $"pattern \"{Patterns[i]}\" {where(folded)}");
        }
    }

    [Fact]
    public void A_field_a_rule_does_not_read_is_not_recorded_and_the_first_field_wins()
    {
        var titleOnly = new CompiledRule(Include("chuyển đổi số", fields: "title"), TimeSpan.FromSeconds(1));
        var anywhere = new CompiledRule(Include("VNeID"), TimeSpan.FromSeconds(1));
        var matcher = new FoldedKeywordMatcher();
        matcher.Add(0, titleOnly.Words!, titleOnly.Fields, gate: false);
        matcher.Add(1, anywhere.Words!, anywhere.Fields, gate: false);
        CompiledRule[] rules = [titleOnly, anywhere];
        var found = new RuleField[2];
        matcher.Match("Chuyển đổi số và VNeID", RuleField.Summary, rules, found);
        matcher.Match("VNeID", RuleField.Content, rules, found);
        Assert.Equal([RuleField.None, RuleField.Summary], found);
    }

    [Fact]
    public void A_gate_fires_only_for_a_field_its_rule_reads()
    {
        var rule = Exclude("xổ số", accentInsensitive: false);
        rule.Fields = "title";
        var cased = new CompiledRule(rule, TimeSpan.FromSeconds(1));
        var matcher = new FoldedKeywordMatcher();
        matcher.Add(0, TextForms.FoldedWords(cased.Rule.Pattern), RuleField.Title, gate: true);
        var found = new RuleField[1];
        Assert.True(matcher.Match("Kết quả XO SO hôm nay", RuleField.Title, [cased], found));
        Assert.False(matcher.Match("Kết quả xổ số hôm nay", RuleField.Content, [cased], found));
        Assert.Equal(RuleField.None, found[0]); // a gate never decides a rule by itself
    }

    [Theory]
    [InlineData("Kết quả xổ số kiến thiết và chuyển đổi số", false)]
    [InlineData("Kết quả xo so: chuyển đổi số ở xã", true)]
    [InlineData("Người dân lo để dành tiền, chuyển đổi số", true)]
    [InlineData("Cấm lô đề, chuyển đổi số", false)]
    public void Accent_sensitive_excludes_still_decide_behind_their_gate(string title, bool relevant)
    {
        var rules = new[] { Exclude("xổ số", accentInsensitive: false), Exclude("lô đề", accentInsensitive: false, order: 2), Include("chuyển đổi số", order: 3) };
        Assert.Equal(relevant, Classify(rules, title).Relevant);
    }

    [Fact]
    public void Classifiers_with_the_same_keyword_rules_share_their_tables()
    {
        // One classifier per source is cached; a province has thousands of sources. Their keyword tables (the automaton's
        // transitions and a class for every char, a few hundred kB) must be built once, not once per classifier.
        var rules = DefaultRules.All.Where(r => r.Match == RuleMatchKinds.Keyword).ToList();
        var input = new ClassificationInput("Chuyển đổi số ở xã", "Nghị quyết 57", null, null, []);
        Assert.True(new RelevanceClassifier(rules).Classify(input).Relevant);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Assert.True(new RelevanceClassifier(rules).Classify(input).Relevant);
        }

        var perClassifier = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
        Assert.True(perClassifier < 100_000, $"{perClassifier:#,0} bytes allocated per classifier");
    }
}

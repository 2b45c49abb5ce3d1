using Syndicator.Worker.Classification;

namespace Syndicator.Tests.Unit.Classification;

public sealed class RuleYamlTests
{
    private static readonly IReadOnlySet<string> Themes = DefaultRules.ThemeKeySet;

    [Fact]
    public void Parse_minimalEntries_appliesDefaultsAndPositionAsOrder()
    {
        var rules = RuleYaml.Parse("""
            - { pattern: "VNeID", theme: chuyen-doi-so }
            - { action: exclude, pattern: "xổ số", accentInsensitive: false, fields: [title] }
            """, Themes);
        Assert.Equal(2, rules.Count);
        Assert.Equal((RuleActions.Include, RuleMatchKinds.Keyword, RuleFields.Default, true, 1.0, 1), (rules[0].Action, rules[0].Match, rules[0].Fields, rules[0].AccentInsensitive, rules[0].Weight, rules[0].Order));
        Assert.Equal((RuleActions.Exclude, "title", false, 2, (string?)null), (rules[1].Action, rules[1].Fields, rules[1].AccentInsensitive, rules[1].Order, rules[1].ThemeKey));
    }

    [Fact]
    public void Parse_invalidEntries_rejectsTheWholeFileNamingEachEntry()
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleYaml.Parse("""
            - { pattern: "VNeID", theme: chuyen-doi-so }
            - { match: regex, pattern: "([a-z", theme: chuyen-doi-so }
            - { match: keywrd, pattern: "x", theme: chuyen-doi-so }
            - { pattern: "y", theme: khong-co }
            - { pattern: "z", theme: chuyen-doi-so, fields: [title, body] }
            - { pattern: "w" }
            """, Themes));
        Assert.Equal(5, ex.Errors.Count);
        Assert.StartsWith("rule 2 (\"([a-z\"): invalid regular expression", ex.Errors[0]);
        Assert.Contains("rule 3 (\"x\"): match 'keywrd'", ex.Errors[1]);
        Assert.Contains("rule 4 (\"y\"): theme 'khong-co' does not exist", ex.Errors[2]);
        Assert.Contains("rule 5 (\"z\"): field 'body'", ex.Errors[3]);
        Assert.Contains("rule 6 (\"w\"): an include rule needs a theme", ex.Errors[4]);
    }

    [Fact]
    public void Parse_accentedRegexWithoutAccentOption_isRejected()
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleYaml.Parse("- { match: regex, pattern: 'chuyển đổi', theme: chuyen-doi-so }", Themes));
        Assert.Contains("without accents", ex.Errors.Single());
    }

    [Fact]
    public void Parse_unknownField_isAReadableError()
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleYaml.Parse("- { patern: VNeID }", Themes));
        Assert.StartsWith("line 1:", ex.Errors.Single());
    }

    [Fact]
    public void Write_thenParse_roundTrips()
    {
        var rules = RuleYaml.Parse("""
            - { match: phrase, pattern: "số hóa", theme: chuyen-doi-so, weight: 0.5, fields: [title, url], order: 7 }
            - { action: exclude, pattern: "lô đề", accentInsensitive: false, enabled: false }
            """, Themes);
        var again = RuleYaml.Parse(RuleYaml.Write(rules), Themes);
        Assert.Equal(rules.Select(Describe), again.Select(Describe));
    }

    [Fact]
    public void DefaultRules_shippedFile_isValidAndCoversEveryTheme()
    {
        var rules = DefaultRules.All;
        Assert.True(rules.Count > 40);
        Assert.Equal(Themes.Order(), rules.Select(r => r.ThemeKey).OfType<string>().Distinct().Order());
        Assert.Contains(rules, r => r.Action == RuleActions.Exclude && r.Pattern == "xổ số");
    }

    private static string Describe(Syndicator.Storage.Entities.RelevanceRule r) =>
        $"{r.Order}|{r.Action}|{r.Match}|{r.Pattern}|{r.Fields}|{r.AccentInsensitive}|{r.ThemeKey}|{r.Weight}|{r.Enabled}";
}

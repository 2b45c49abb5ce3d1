using Syndicator.Storage.Entities;
using Syndicator.Worker.Sources;

namespace Syndicator.Tests.Unit.Sources;

public sealed class SourceYamlTests
{
    private const string Good = """
        # nguồn của xã Tân Lập
        - commune: tan-lap
          name: "Báo Chính phủ: Khoa học – Công nghệ"
          url: https://baochinhphu.vn/khoa-hoc-cong-nghe.rss
          enabled: true
          pollMinutes: 60
          trusted: true
          priority: 7
        - name: Cổng thông tin xã
          url: https://tanlap.gov.vn/tin-tuc
          kind: html
          selectors:
            item: //div[@class='news']/article
            title: .//h3
            link: .//a/@href
            date: .//time/@datetime
        """;

    [Fact]
    public void Parse_goodFile_readsEveryField()
    {
        var sources = SourceYaml.Parse(Good);

        Assert.Equal(2, sources.Count);
        Assert.Equal("tan-lap", sources[0].Commune);
        Assert.Equal("Báo Chính phủ: Khoa học – Công nghệ", sources[0].Name);
        Assert.Equal("https://baochinhphu.vn/khoa-hoc-cong-nghe.rss", sources[0].Url);
        Assert.True(sources[0].Enabled);
        Assert.Equal(60, sources[0].PollMinutes);
        Assert.True(sources[0].Trusted);
        Assert.Equal(7, sources[0].Priority);
        Assert.Null(sources[1].Priority);
        Assert.Null(sources[1].Commune);
        Assert.Equal(SourceKinds.Html, sources[1].Kind);
        Assert.Equal(".//time/@datetime", sources[1].Selectors?.Date);
        Assert.Equal(2, sources[0].Line);
        Assert.Equal(9, sources[1].Line);
    }

    [Fact]
    public void Parse_badUrl_namesLineEntryAndUrl()
    {
        var ex = Assert.Throws<SourceFileException>(() => SourceYaml.Parse("- name: A\n  url: https://a.vn/rss\n- name: Sai\n  url: ftp://x.vn/feed\n"));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("line 3, entry 2 (Sai)", error);
        Assert.Contains("'ftp://x.vn/feed' is not an absolute http(s) URL", error);
    }

    [Fact]
    public void Parse_relativeUrl_isRejected()
    {
        var ex = Assert.Throws<SourceFileException>(() => SourceYaml.Parse("- name: A\n  url: /rss/home.rss\n"));
        Assert.Contains("not an absolute http(s) URL", Assert.Single(ex.Errors));
    }

    [Fact]
    public void Parse_missingName_reportsNameRequired()
    {
        var ex = Assert.Throws<SourceFileException>(() => SourceYaml.Parse("- url: https://a.vn/rss\n"));

        var error = Assert.Single(ex.Errors);
        Assert.StartsWith("line 1, entry 1:", error);
        Assert.Contains("name is required", error);
    }

    [Fact]
    public void Parse_unknownField_reportsLineAndField()
    {
        var ex = Assert.Throws<SourceFileException>(() => SourceYaml.Parse("- name: A\n  url: https://a.vn/rss\n  pollMinute: 5\n"));

        var error = Assert.Single(ex.Errors);
        Assert.StartsWith("line 3, entry 1 (A):", error);
        Assert.Contains("pollMinute", error);
        Assert.Contains("unknown field", error);
    }

    [Fact]
    public void Parse_htmlWithoutSelectors_isRejected()
    {
        var ex = Assert.Throws<SourceFileException>(() => SourceYaml.Parse("- name: A\n  url: https://a.vn/\n  kind: html\n"));
        Assert.Contains("needs selectors item, title and link", Assert.Single(ex.Errors));
    }

    [Fact]
    public void Parse_pollMinutesOutOfRange_isRejected()
    {
        var ex = Assert.Throws<SourceFileException>(() => SourceYaml.Parse("- name: A\n  url: https://a.vn/rss\n  pollMinutes: 1\n"));
        Assert.Contains("pollMinutes must be between 5 and 1440", Assert.Single(ex.Errors));
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-101)]
    public void Parse_priorityOutOfRange_isRejectedNamingTheEntry(int priority)
    {
        var ex = Assert.Throws<SourceFileException>(() => SourceYaml.Parse($"- name: A\n  url: https://a.vn/rss\n- name: Báo tỉnh\n  url: https://b.vn/rss\n  priority: {priority}\n"));

        var error = Assert.Single(ex.Errors);
        Assert.StartsWith("line 3, entry 2 (Báo tỉnh):", error);
        Assert.Contains($"priority {priority} must be between -100 and 100", error);
    }

    [Fact]
    public void Parse_priorityNotAWholeNumber_isRejectedNamingTheEntry()
    {
        var ex = Assert.Throws<SourceFileException>(() => SourceYaml.Parse("- name: A\n  url: https://a.vn/rss\n- name: Báo tỉnh\n  url: https://b.vn/rss\n  priority: cao\n"));

        var error = Assert.Single(ex.Errors);
        Assert.StartsWith("line 5, entry 2 (Báo tỉnh): priority:", error);
        Assert.Contains("'cao'", error);
    }

    [Theory]
    [InlineData(-100)]
    [InlineData(100)]
    public void Parse_priorityAtTheLimits_isAccepted(int priority)
    {
        Assert.Equal(priority, Assert.Single(SourceYaml.Parse($"- name: A\n  url: https://a.vn/rss\n  priority: {priority}\n")).Priority);
    }

    [Fact]
    public void WriteThenParse_roundTrip_keepsFields()
    {
        var written = SourceYaml.Write(SourceYaml.Parse(Good));
        var again = SourceYaml.Parse(written);

        Assert.Equal("Báo Chính phủ: Khoa học – Công nghệ", again[0].Name);
        Assert.Equal(60, again[0].PollMinutes);
        Assert.Equal(7, again[0].Priority);
        Assert.Equal("//div[@class='news']/article", again[1].Selectors?.Item);
        Assert.DoesNotContain("line:", written);
    }

    [Fact]
    public void ShippedCatalogue_parses_allDisabledWithoutCommune()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "catalogue", "sources.yaml");
        var sources = SourceYaml.Parse(File.ReadAllText(path));

        Assert.True(sources.Count >= 40);
        Assert.All(sources, s => Assert.False(s.Enabled ?? false));
        Assert.All(sources, s => Assert.Null(s.Commune));
        Assert.Contains(sources, s => s.Url == "https://baochinhphu.vn/khoa-hoc-cong-nghe.rss");
        Assert.DoesNotContain(sources, s => s.Url!.Contains("baoquangninh", StringComparison.Ordinal));
    }
}

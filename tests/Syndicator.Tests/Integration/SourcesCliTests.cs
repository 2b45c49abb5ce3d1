using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;

namespace Syndicator.Tests.Integration;

/// <summary>`syndicator feed parse` and `syndicator sources …` run as the real executable, on files and a temporary SQLite folder.</summary>
public sealed class SourcesCliTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Cổng thông tin xã Tân Lập</title>
            <link>https://tanlap.gov.vn/</link>
            <item>
              <title>Xã Tân Lập triển khai Nghị quyết 57 về chuyển đổi số</title>
              <link>/tin-tuc/nq57-chuyen-doi-so.html?utm_source=rss</link>
              <guid isPermaLink="false">tanlap-001</guid>
              <pubDate>Thu, 20 Nov 2025 08:30:00 +0700</pubDate>
              <dc:creator>Nguyễn Văn An</dc:creator>
              <category>Chuyển đổi số</category>
              <description><![CDATA[<p>Người dân được hướng dẫn cài đặt <strong>VNeID</strong>.</p><script>alert(1)</script>]]></description>
              <enclosure url="https://tanlap.gov.vn/anh/vneid.jpg" type="image/jpeg" length="12345" />
            </item>
            <item>
              <title>Lịch tiếp công dân tháng 12</title>
              <link>https://tanlap.gov.vn/tin-tuc/lich-tiep-cong-dan.html</link>
              <pubDate>Fri, 21 Nov 2025 10:00:00 +0700</pubDate>
              <description>Ủy ban nhân dân xã thông báo lịch tiếp công dân.</description>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public async Task FeedParse_rssFileAsJson_printsNormalisedEntriesWithVerdicts()
    {
        var file = await WriteTempAsync("feed.xml", Feed);

        var (exitCode, output) = await SyndicatorProcess.RunAsync(["feed", "parse", file, "--json"], new Dictionary<string, string>(), Limit);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("Rss20", root.GetProperty("format").GetString());
        Assert.Equal("Cổng thông tin xã Tân Lập", root.GetProperty("title").GetString());
        var first = root.GetProperty("entries")[0];
        Assert.Equal("tanlap-001", first.GetProperty("id").GetString());
        Assert.Equal("Xã Tân Lập triển khai Nghị quyết 57 về chuyển đổi số", first.GetProperty("title").GetString());
        Assert.Equal("https://tanlap.gov.vn/tin-tuc/nq57-chuyen-doi-so.html", first.GetProperty("link").GetString());
        Assert.Equal("2025-11-20T01:30:00Z", first.GetProperty("publishedUtc").GetString());
        Assert.Equal("Nguyễn Văn An", first.GetProperty("author").GetString());
        Assert.Equal("Chuyển đổi số", first.GetProperty("categories")[0].GetString());
        Assert.Equal("Người dân được hướng dẫn cài đặt VNeID.", first.GetProperty("summary").GetString());
        Assert.DoesNotContain("script", first.GetProperty("summaryHtml").GetString());
        Assert.Equal("https://tanlap.gov.vn/anh/vneid.jpg", first.GetProperty("image").GetString());
        Assert.Equal(12345, first.GetProperty("enclosures")[0].GetProperty("length").GetInt64());
        Assert.True(first.GetProperty("relevant").GetBoolean());
        Assert.Equal("chinh-sach", first.GetProperty("theme").GetString());
        Assert.Contains("Nghị quyết 57", first.GetProperty("reason").GetString());
        Assert.False(root.GetProperty("entries")[1].GetProperty("relevant").GetBoolean());
        Assert.Contains("\"Cổng thông tin xã Tân Lập\"", output);
    }

    [Fact]
    public async Task FeedParse_missingFile_exitsOneWithOneLine()
    {
        var (exitCode, output) = await SyndicatorProcess.RunAsync(["feed", "parse", "/nonexistent/feed.xml"], new Dictionary<string, string>(), Limit);

        Assert.Equal(1, exitCode);
        Assert.Equal("syndicator: '/nonexistent/feed.xml' is neither an existing file nor an http(s) URL", output.Trim());
    }

    [Fact]
    public async Task FeedParse_htmlPageWithoutSelectors_exitsOneNamingTheProblem()
    {
        var file = await WriteTempAsync("page.html", "<!DOCTYPE html><html><body><p>Trang chủ</p></body></html>");

        var (exitCode, output) = await SyndicatorProcess.RunAsync(["feed", "parse", file], new Dictionary<string, string>(), Limit);

        Assert.Equal(1, exitCode);
        Assert.Contains("not a readable feed: The document is not a feed: root element <html>", output);
        Assert.Single(output.Trim().Split('\n'));
    }

    [Fact]
    public async Task SourcesTest_file_marksKeptAndDroppedWithReasons()
    {
        var file = await WriteTempAsync("feed.xml", Feed);

        var (exitCode, output) = await SyndicatorProcess.RunAsync(["sources", "test", file], new Dictionary<string, string>(), Limit);

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("GIỮ", StringComparison.Ordinal) && l.Contains("Nghị quyết 57 về chuyển đổi số") && l.Contains("\"Nghị quyết 57\" (từ khóa, tiêu đề)"));
        Assert.Contains(lines, l => l.StartsWith("BỎ", StringComparison.Ordinal) && l.Contains("Lịch tiếp công dân") && l.Contains("không khớp quy tắc NQ57"));
    }

    [Fact]
    public async Task SourcesImportExport_roundTrip_upsertsAndExportsTheSameSources()
    {
        var data = Directory.CreateTempSubdirectory("syndicator-sources-").FullName;
        var env = new Dictionary<string, string> { ["Syndicator__DataDirectory"] = data, ["Syndicator__SeedDemo"] = "false" };
        Assert.Equal(0, (await SyndicatorProcess.RunAsync(["migrate"], env, Limit)).ExitCode);
        await AddCommuneAsync(data, "tan-lap");
        var yaml = await WriteTempAsync("sources.yaml", """
            - commune: tan-lap
              name: "Báo Chính phủ: Khoa học – Công nghệ"
              url: https://baochinhphu.vn/khoa-hoc-cong-nghe.rss
              enabled: true
              pollMinutes: 60
              priority: 12
            - commune: tan-lap
              name: Cổng thông tin xã
              url: https://tanlap.gov.vn/tin-tuc
              kind: html
              selectors: { item: "//article", title: ".//h3", link: ".//a/@href" }
            """);

        var first = await SyndicatorProcess.RunAsync(["sources", "import", yaml], env, Limit);
        var second = await SyndicatorProcess.RunAsync(["sources", "import", yaml], env, Limit);
        var export = await SyndicatorProcess.RunAsync(["sources", "export", "--commune", "tan-lap"], env, Limit);
        var list = await SyndicatorProcess.RunAsync(["sources", "list"], env, Limit);

        Assert.Contains("2 created, 0 updated, 0 unchanged", first.Output);
        Assert.Contains("0 created, 0 updated, 2 unchanged", second.Output);
        Assert.Equal(0, export.ExitCode);
        var exported = Syndicator.Worker.Sources.SourceYaml.Parse(export.Output);
        Assert.Equal(["Báo Chính phủ: Khoa học – Công nghệ", "Cổng thông tin xã"], exported.Select(s => s.Name));
        Assert.Equal(60, exported[0].PollMinutes);
        Assert.Equal(12, exported[0].Priority);
        Assert.Equal(0, exported[1].Priority);
        Assert.True(exported[0].Enabled);
        Assert.Equal("//article", exported[1].Selectors?.Item);
        Assert.Contains("https://tanlap.gov.vn/tin-tuc", list.Output);
        Assert.Contains("never", list.Output);
    }

    [Fact]
    public async Task SourcesImport_unknownCommune_failsNamingEntryAndStoresNothing()
    {
        var data = Directory.CreateTempSubdirectory("syndicator-sources-").FullName;
        var env = new Dictionary<string, string> { ["Syndicator__DataDirectory"] = data, ["Syndicator__SeedDemo"] = "false" };
        var yaml = await WriteTempAsync("sources.yaml", "- commune: khong-co\n  name: A\n  url: https://a.vn/rss\n");

        var (exitCode, output) = await SyndicatorProcess.RunAsync(["sources", "import", yaml], env, Limit);
        var export = await SyndicatorProcess.RunAsync(["sources", "export"], env, Limit);

        Assert.Equal(1, exitCode);
        Assert.Contains("line 1, entry 1 (A): unknown commune 'khong-co'", output);
        Assert.Equal("[]", export.Output.Trim());
    }

    [Fact]
    public async Task SourcesImport_priorityOutOfRange_failsNamingEntryAndStoresNothing()
    {
        var data = Directory.CreateTempSubdirectory("syndicator-sources-").FullName;
        var env = new Dictionary<string, string> { ["Syndicator__DataDirectory"] = data, ["Syndicator__SeedDemo"] = "false" };
        Assert.Equal(0, (await SyndicatorProcess.RunAsync(["migrate"], env, Limit)).ExitCode);
        await AddCommuneAsync(data, "tan-lap");
        var yaml = await WriteTempAsync("sources.yaml",
            "- commune: tan-lap\n  name: A\n  url: https://a.vn/rss\n- commune: tan-lap\n  name: Báo tỉnh\n  url: https://b.vn/rss\n  priority: 1000\n");

        var (exitCode, output) = await SyndicatorProcess.RunAsync(["sources", "import", yaml], env, Limit);
        var export = await SyndicatorProcess.RunAsync(["sources", "export"], env, Limit);

        Assert.Equal(1, exitCode);
        Assert.Contains("line 4, entry 2 (Báo tỉnh): priority 1000 must be between -100 and 100", output);
        Assert.Equal("[]", export.Output.Trim());
    }

    private static async Task AddCommuneAsync(string dataDirectory, string slug)
    {
        var options = new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={Path.Combine(dataDirectory, "syndicator.db")}").Options;
        await using var db = new SqliteDbContext(options);
        db.Communes.Add(new Commune { Slug = slug, Name = "Xã Tân Lập", CreatedAt = DateTimeOffset.UnixEpoch });
        await db.SaveChangesAsync();
        SqliteConnection.ClearAllPools();
    }

    private static async Task<string> WriteTempAsync(string name, string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("syndicator-cli-").FullName, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }
}

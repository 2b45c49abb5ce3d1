using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Classification;

namespace Syndicator.Tests.Integration;

/// <summary>`syndicator rules import|export|apply` run as the real executable on a temporary SQLite folder.</summary>
public sealed class RulesCliTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private const string Rules = """
        - { match: phrase, pattern: "nghiệp vụ", theme: giao-duc-stem, order: 1 }
        - { action: exclude, pattern: "ra quân", fields: [title, summary], order: 2 }
        """;

    private readonly string _data = Directory.CreateTempSubdirectory("syndicator-rules-").FullName;

    private Dictionary<string, string> Env => new() { ["Syndicator__DataDirectory"] = _data, ["Syndicator__SeedDemo"] = "false" };

    [Fact]
    public async Task RulesImport_validFile_storesTheCommuneRulesAndAudits()
    {
        var commune = await PrepareAsync("tan-lap");
        var file = await WriteTempAsync("rules.yaml", Rules);

        var (exitCode, output) = await RunAsync("rules", "import", file, "--commune", "tan-lap");
        var list = await RunAsync("rules", "list", "--commune", "tan-lap");

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 2 rules", output);
        Assert.Contains(list.Output.Split('\n'), l => l.StartsWith("commune", StringComparison.Ordinal) && l.TrimEnd().EndsWith("nghiệp vụ", StringComparison.Ordinal));
        await using var db = Open();
        var stored = await db.RelevanceRules.Where(r => r.CommuneId == commune).OrderBy(r => r.Order).ToListAsync();
        Assert.Equal(["nghiệp vụ", "ra quân"], stored.Select(r => r.Pattern));
        Assert.Equal(["include", "exclude"], stored.Select(r => r.Action));
        Assert.Equal("title,summary", stored[1].Fields);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "rules.imported" && e.CommuneId == commune));
    }

    [Fact]
    public async Task RulesImport_invalidRegex_exitsOneNamingTheEntryAndStoresNothing()
    {
        var commune = await PrepareAsync("tan-lap");
        await RunAsync("rules", "import", await WriteTempAsync("rules.yaml", Rules), "--commune", "tan-lap");
        var bad = await WriteTempAsync("bad.yaml", """
            - { pattern: "chuyển đổi số", theme: chuyen-doi-so }
            - { match: regex, pattern: "(chuyen doi so", theme: chuyen-doi-so }
            """);

        var (exitCode, output) = await RunAsync("rules", "import", bad, "--commune", "tan-lap");

        Assert.Equal(1, exitCode);
        Assert.Contains("rule 2 (\"(chuyen doi so\"): invalid regular expression", output);
        Assert.DoesNotContain("rule 1 ", output);
        await using var db = Open();
        Assert.Equal(["nghiệp vụ", "ra quân"], await db.RelevanceRules.Where(r => r.CommuneId == commune).OrderBy(r => r.Order).Select(r => r.Pattern).ToListAsync());
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "rules.imported"));
    }

    [Fact]
    public async Task RulesExport_importedThenReimported_roundTripsTheSameYaml()
    {
        await PrepareAsync("tan-lap");
        await PrepareAsync("tan-phu");
        await RunAsync("rules", "import", await WriteTempAsync("rules.yaml", Rules), "--commune", "tan-lap");

        var first = await RunAsync("rules", "export", "--commune", "tan-lap");
        var reimport = await RunAsync("rules", "import", await WriteTempAsync("export.yaml", first.Output), "--commune", "tan-phu");
        var second = await RunAsync("rules", "export", "--commune", "tan-phu");

        Assert.Equal((0, 0, 0), (first.ExitCode, reimport.ExitCode, second.ExitCode));
        Assert.Equal(first.Output, second.Output);
        var parsed = RuleYaml.Parse(first.Output, new HashSet<string>([ThemeKeys.Education, ThemeKeys.DigitalTransformation], StringComparer.Ordinal));
        Assert.Equal(["nghiệp vụ", "ra quân"], parsed.Select(r => r.Pattern));
        Assert.Equal(["phrase", "keyword"], parsed.Select(r => r.Match));
        Assert.Equal("giao-duc-stem", parsed[0].ThemeKey);
    }

    [Fact]
    public async Task RulesApply_dryRunThenApply_printsCountsAndWritesOnlyWithoutDryRun()
    {
        var commune = await PrepareAsync("tan-lap");
        var (kept, dropped) = await SeedItemsAsync(commune);
        await RunAsync("rules", "import", await WriteTempAsync("rules.yaml", Rules), "--commune", "tan-lap");

        var dry = await RunAsync("rules", "apply", "--commune", "tan-lap", "--dry-run");

        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("Đã xét 2 tin: mới liên quan 1, bị loại 1, đổi chủ đề 0 (chạy thử, chưa ghi gì).", dry.Output);
        Assert.Contains($"mới liên quan: {kept} Lớp bồi dưỡng nghiệp vụ văn thư (giao-duc-stem)", dry.Output);
        Assert.Contains($"bị loại: {dropped} Xã ra quân dịch vụ công trực tuyến", dry.Output);
        await using (var db = Open())
        {
            Assert.Equal([dropped], await db.FeedItems.Where(i => i.Relevant).Select(i => i.Id).ToListAsync());
            Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == "rules.applied"));
        }

        SqliteConnection.ClearAllPools();
        var applied = await RunAsync("rules", "apply", "--commune", "tan-lap");

        Assert.Equal(0, applied.ExitCode);
        Assert.Contains("Đã xét 2 tin: mới liên quan 1, bị loại 1, đổi chủ đề 0 (đã ghi).", applied.Output);
        await using var check = Open();
        var relevant = await check.FeedItems.SingleAsync(i => i.Relevant);
        Assert.Equal((kept, "giao-duc-stem"), (relevant.Id, relevant.ThemeKey));
        Assert.Contains("\"becameRelevant\":1", (await check.AuditEvents.SingleAsync(e => e.Action == "rules.applied")).Data);
    }

    private async Task<(Guid Kept, Guid Dropped)> SeedItemsAsync(Guid communeId)
    {
        await using var db = Open();
        var source = new Source { CommuneId = communeId, Name = "Cổng thông tin xã", Url = "https://tanlap.gov.vn/rss", NextCheckAt = DateTimeOffset.UnixEpoch };
        db.Sources.Add(source);
        var published = new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
        var kept = Item(source, "a1", "Lớp bồi dưỡng nghiệp vụ văn thư", published, relevant: false);
        var dropped = Item(source, "a2", "Xã ra quân dịch vụ công trực tuyến", published.AddHours(1), relevant: true);
        db.FeedItems.AddRange(kept, dropped);
        await db.SaveChangesAsync();
        SqliteConnection.ClearAllPools();
        return (kept.Id, dropped.Id);
    }

    private static FeedItem Item(Source source, string key, string title, DateTimeOffset published, bool relevant) => new()
    {
        SourceId = source.Id, CommuneId = source.CommuneId, DedupeKey = key, Title = title, Url = $"https://tanlap.gov.vn/{key}.html",
        PublishedAt = published, FetchedAt = published, Relevant = relevant, Score = relevant ? 1 : 0, ThemeKey = relevant ? "chuyen-doi-so" : null,
    };

    /// <summary>Migrates the folder (first call) and adds a commune; returns its id.</summary>
    private async Task<Guid> PrepareAsync(string slug)
    {
        if (!File.Exists(Path.Combine(_data, "syndicator.db"))) Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        await using var db = Open();
        var commune = new Commune { Slug = slug, Name = $"Xã {slug}", CreatedAt = DateTimeOffset.UnixEpoch };
        db.Communes.Add(commune);
        await db.SaveChangesAsync();
        SqliteConnection.ClearAllPools();
        return commune.Id;
    }

    private SqliteDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={Path.Combine(_data, "syndicator.db")}").Options);

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => SyndicatorProcess.RunAsync(args, Env, Limit);

    private static async Task<string> WriteTempAsync(string name, string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("syndicator-cli-").FullName, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }
}

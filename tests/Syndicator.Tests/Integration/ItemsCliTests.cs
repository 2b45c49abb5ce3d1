using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;

namespace Syndicator.Tests.Integration;

/// <summary>`syndicator items list|delete` run as the real executable on a temporary SQLite folder with seeded items.</summary>
public sealed class ItemsCliTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private static readonly DateTimeOffset Published = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    private readonly string _data = Directory.CreateTempSubdirectory("syndicator-items-").FullName;

    private Dictionary<string, string> Env => new() { ["Syndicator__DataDirectory"] = _data, ["Syndicator__SeedDemo"] = "false" };

    [Fact]
    public async Task ItemsListRelevant_seededItems_showsOnlyRelevantOnesWithReason()
    {
        var (relevant, other) = await SeedAsync();

        var (exitCode, output) = await RunAsync("items", "list", "--relevant");

        Assert.Equal(0, exitCode);
        Assert.Contains($"{relevant} ", output);
        Assert.Contains("Xã Tân Lập triển khai Nghị quyết 57", output);
        Assert.Contains("quy tắc #1 \"Nghị quyết 57\" (từ khóa, tiêu đề)", output);
        Assert.DoesNotContain(other.ToString(), output);
        Assert.Contains("1 items.", output);
    }

    [Fact]
    public async Task ItemsDelete_relevantItem_hidesItFromRelevantListAndAuditsItemDeleted()
    {
        var (relevant, other) = await SeedAsync();

        var (exitCode, output) = await RunAsync("items", "delete", relevant.ToString());
        var listRelevant = await RunAsync("items", "list", "--relevant");
        var listAll = await RunAsync("items", "list");

        Assert.Equal(0, exitCode);
        Assert.Contains($"Deleted {relevant}: Xã Tân Lập triển khai Nghị quyết 57", output);
        Assert.DoesNotContain(relevant.ToString(), listRelevant.Output);
        Assert.Contains("0 items.", listRelevant.Output);
        Assert.Contains(listAll.Output.Split('\n'), l => l.StartsWith(relevant.ToString(), StringComparison.Ordinal) && l.Contains(" deleted "));
        Assert.Contains(other.ToString(), listAll.Output);
        await using var db = Open();
        Assert.True((await db.FeedItems.SingleAsync(i => i.Id == relevant)).Deleted);
        var audit = await db.AuditEvents.SingleAsync(e => e.Action == "item.deleted");
        Assert.Equal((relevant.ToString(), "cli"), (audit.EntityId, audit.Actor));
    }

    [Fact]
    public async Task ItemsDelete_unknownId_exitsOneAndAuditsNothing()
    {
        await SeedAsync();
        var unknown = Guid.NewGuid();

        var (exitCode, output) = await RunAsync("items", "delete", unknown.ToString());

        Assert.Equal(1, exitCode);
        Assert.Contains($"syndicator: no item {unknown}", output);
        await using var db = Open();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == "item.deleted"));
        Assert.False(await db.FeedItems.AnyAsync(i => i.Deleted));
    }

    private async Task<(Guid Relevant, Guid Other)> SeedAsync()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        await using var db = Open();
        var commune = new Commune { Slug = "tan-lap", Name = "Xã Tân Lập", CreatedAt = DateTimeOffset.UnixEpoch };
        var source = new Source { CommuneId = commune.Id, Name = "Cổng thông tin xã", Url = "https://tanlap.gov.vn/rss", NextCheckAt = DateTimeOffset.UnixEpoch };
        var relevant = Item(source, "i1", "Xã Tân Lập triển khai Nghị quyết 57", Published, "quy tắc #1 \"Nghị quyết 57\" (từ khóa, tiêu đề)");
        var other = Item(source, "i2", "Lịch tiếp công dân tháng 12", Published.AddHours(1), null);
        db.Communes.Add(commune);
        db.Sources.Add(source);
        db.FeedItems.AddRange(relevant, other);
        await db.SaveChangesAsync();
        SqliteConnection.ClearAllPools();
        return (relevant.Id, other.Id);
    }

    private static FeedItem Item(Source source, string key, string title, DateTimeOffset published, string? reason) => new()
    {
        SourceId = source.Id, CommuneId = source.CommuneId, DedupeKey = key, Title = title, Url = $"https://tanlap.gov.vn/{key}.html",
        PublishedAt = published, FetchedAt = published, Relevant = reason is not null, Score = reason is null ? 0 : 2,
        ThemeKey = reason is null ? null : "chinh-sach", MatchReason = reason,
    };

    private SqliteDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={Path.Combine(_data, "syndicator.db")}").Options);

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => SyndicatorProcess.RunAsync(args, Env, Limit);
}

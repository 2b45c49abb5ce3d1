using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Tests.Unit.Reports;
using Syndicator.Worker.Reports;
using Syndicator.Worker.Security;

namespace Syndicator.Tests.Integration;

/// <summary>The semi-annual report and the audit export on PostgreSQL, checked against the audit trail.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReportTests : IAsyncLifetime
{
    private const string Password = "Mat-khau-dai-2026!";
    private static readonly TimeSpan Ict = TimeSpan.FromHours(7);
    private readonly PostgresDatabase _pg = new();
    private TestApp _app = null!;
    private Guid _communeId;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString);
        _communeId = await ReportSeed.SeedAsync(_app.Services);
        await ManualPostForms.UserAsync(_app, "bientap-bc", [Roles.Editor], ["xa-bc"], Password);
        await ManualPostForms.UserAsync(_app, "bientap-khac", [Roles.Editor], ["xa-khac"], Password);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _pg.DisposeAsync();
    }

    public static TheoryData<string, string> HalfYears => new() { { "2025-07-01", "2025-12-31" }, { "2026-01-01", "2026-06-30" } };

    [Theory]
    [MemberData(nameof(HalfYears))]
    public async Task Report_forHalfYear_numbersEqualTheAuditRowsOfTheRange(string from, string to)
    {
        var report = await BuildAsync(from, to);
        var expected = await ExpectedFromAuditAsync(DateOnly.Parse(from), DateOnly.Parse(to));

        Assert.True(expected.PerChannel.Values.Sum() > 5, "the seed should publish in every half-year");
        Assert.Equal(expected.PerChannel, report.PerChannel.ToDictionary(c => c.Name, c => c.Count));
        Assert.Equal(expected.PerTheme, report.PerTheme.ToDictionary(c => c.Name, c => c.Count));
        Assert.Equal(expected.Sources, report.Sources.ToDictionary(c => c.Name, c => c.Count));
        Assert.Equal(expected.ColumnItems, report.ColumnItems);
        Assert.Equal(expected.Dead, report.Failures.Count);
        Assert.Equal(expected.FailedAttempts, report.FailedAttempts);
        Assert.Equal(expected.Campaign, report.CampaignDays.ToDictionary(d => d.Date, d => d.PostsNearby));
    }

    [Fact]
    public async Task Report_campaignDays_coveredOnlyWhenAPostWentOutWithinThreeDays()
    {
        var h2 = await BuildAsync("2025-07-01", "2025-12-31");
        var h1 = await BuildAsync("2026-01-01", "2026-06-30");
        Assert.Equal([false, true], h2.CampaignDays.Select(d => d.Covered));
        Assert.True(Assert.Single(h1.CampaignDays).Covered);
    }

    [Fact]
    public async Task ReportCsv_parsedBack_givesTheSameNumbers()
    {
        var report = await BuildAsync("2026-01-01", "2026-06-30");
        var bytes = ReportCsvWriter.Write(report);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["Mục", "Mã", "Tên", "Số lượng", "Ghi chú"], rows[0]);
        Assert.Equal(report.PerChannel.ToDictionary(c => c.Name, c => c.Count),
            rows.Where(r => r[0] == ReportCsvWriter.Channel).ToDictionary(r => r[1], r => int.Parse(r[3])));
        Assert.Equal(report.PerTheme.ToDictionary(c => c.Name, c => c.Count),
            rows.Where(r => r[0] == ReportCsvWriter.Theme).ToDictionary(r => r[2], r => int.Parse(r[3])));
        Assert.Equal(report.ColumnItems, int.Parse(rows.Single(r => r[0] == ReportCsvWriter.ColumnItems)[3]));
        Assert.Equal(report.FailedAttempts, int.Parse(rows.Single(r => r[0] == ReportCsvWriter.FailedAttempts)[3]));
        Assert.Equal(report.Failures.Count, rows.Count(r => r[0] == ReportCsvWriter.Failure));
    }

    [Fact]
    public async Task ReportRoute_forUserInScope_rendersVietnameseHtml_andHidesItFromOthers()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.BaseAddress };
        var challenge = await anonymous.GetAsync("/reports/xa-bc");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.Equal("/login", challenge.Headers.Location!.AbsolutePath);
        using var outsider = await LoginAsync("bientap-khac");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/reports/xa-bc?from=2026-01-01&to=2026-06-30")).StatusCode);
        using var editor = await LoginAsync("bientap-bc");
        var html = await editor.GetStringAsync("/reports/xa-bc?from=2026-01-01&to=2026-06-30&format=html");
        Assert.Contains("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN NGHỊ QUYẾT 57-NQ/TW", html);
        Assert.Contains("01/01/2026 – 30/06/2026", html);
        Assert.Contains("Số tin đã đăng theo kênh", html);
        Assert.Contains("@media print", html);
        var csv = await editor.GetAsync("/reports/xa-bc?from=2026-01-01&to=2026-06-30&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/reports/xa-bc?from=2026-07-01&to=2026-01-01")).StatusCode);
    }

    [Fact]
    public async Task AuditExportCli_forRange_writesEveryAuditRowOfTheCommuneAsCsvAndJson()
    {
        var env = new Dictionary<string, string> { ["ConnectionStrings__Syndicator"] = _pg.ConnectionString, ["Syndicator__DataDirectory"] = _app.DataDirectory, ["Syndicator__SeedDemo"] = "false" };
        var expected = await CountAuditAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));
        var (code, output) = await SyndicatorProcess.RunAsync(["audit", "export", "--from", "2026-01-01", "--to", "2026-06-30", "--commune", "xa-bc", "--format", "json"], env, TimeSpan.FromSeconds(60));
        Assert.True(code == 0, output);
        var json = StdoutOnly(output);
        var rows = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal("xa-bc", r.GetProperty("commune").GetString()));
        Assert.All(rows, r => Assert.EndsWith("Z", r.GetProperty("at").GetString()));
        var (csvCode, csv) = await SyndicatorProcess.RunAsync(["audit", "export", "--from", "2026-01-01", "--to", "2026-06-30", "--commune", "xa-bc"], env, TimeSpan.FromSeconds(60));
        Assert.True(csvCode == 0, csv);
        var lines = CsvReader.Parse(StdoutOnly(csv).TrimStart('\uFEFF').ReplaceLineEndings("\r\n"));
        Assert.Equal(AuditExport.Columns, lines[0]);
        Assert.Equal(expected, lines.Count - 1);
    }

    /// <summary>The process output without the summary line the command writes to stderr.</summary>
    private static string StdoutOnly(string output) =>
        string.Concat(output.ReplaceLineEndings("\n").Split('\n').Where(l => !l.StartsWith("audit export:", StringComparison.Ordinal)).Select(l => l + "\n")).TrimEnd('\n') + "\n";

    private async Task<SemiAnnualReport> BuildAsync(string from, string to)
    {
        await using var scope = _app.Scope();
        var report = await SemiAnnualReportBuilder.BuildAsync(scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>(), TimeProvider.System, "xa-bc", DateOnly.Parse(from), DateOnly.Parse(to), default);
        return report ?? throw new InvalidOperationException("no report");
    }

    private async Task<int> CountAuditAsync(DateOnly from, DateOnly to)
    {
        await using var scope = _app.Scope();
        var (start, end) = Bounds(from, to);
        return await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().AuditEvents.CountAsync(e => e.CommuneId == _communeId && e.At >= start && e.At < end);
    }

    private static (DateTimeOffset Start, DateTimeOffset End) Bounds(DateOnly from, DateOnly to) =>
        (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), Ict).ToUniversalTime(), new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Ict).ToUniversalTime());

    private sealed record Expected(Dictionary<string, int> PerChannel, Dictionary<string, int> PerTheme, Dictionary<string, int> Sources, int ColumnItems, int Dead, int FailedAttempts, Dictionary<DateOnly, int> Campaign);

    /// <summary>The report's figures recomputed from the audit rows alone (delivery ids resolved to posts).</summary>
    private async Task<Expected> ExpectedFromAuditAsync(DateOnly from, DateOnly to)
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var (start, end) = Bounds(from, to);
        var audit = await db.AuditEvents.Where(e => e.CommuneId == _communeId).ToListAsync();
        var postOf = await db.Deliveries.ToDictionaryAsync(d => d.Id.ToString(), d => d.PostId);
        var posts = await db.Posts.ToDictionaryAsync(p => p.Id);
        var themes = await db.Themes.ToDictionaryAsync(t => t.Key, t => t.Name);
        var published = audit.Where(e => e.Action == "delivery.published").ToList();
        var inRange = published.Where(e => e.At >= start && e.At < end).ToList();
        var postIds = inRange.Select(e => postOf[e.EntityId]).Distinct().ToList();
        var campaign = CampaignDays.In(from, to).ToDictionary(d => d.Date, d =>
        {
            var (s, e) = Bounds(d.Date.AddDays(-3), d.Date.AddDays(3));
            return published.Where(a => a.At >= s && a.At < e).Select(a => postOf[a.EntityId]).Distinct().Count();
        });
        return new Expected(
            inRange.GroupBy(e => JsonDocument.Parse(e.Data!).RootElement.GetProperty("channel").GetString()!).ToDictionary(g => g.Key, g => g.Count()),
            postIds.GroupBy(id => themes[posts[id].ThemeKey]).ToDictionary(g => g.Key, g => g.Count()),
            postIds.GroupBy(id => posts[id].SourceName).ToDictionary(g => g.Key, g => g.Count()),
            postIds.Count,
            audit.Count(e => e.Action == "delivery.rejected" && e.At >= start && e.At < end),
            audit.Count(e => e.Action is "delivery.rejected" or "delivery.transient" && e.At >= start && e.At < end),
            campaign);
    }

    private Task<HttpClient> LoginAsync(string user) => ManualPostForms.ApiLoginAsync(_app, user, Password);
}

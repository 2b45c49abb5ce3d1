using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Connectors.Tests.Channels.Fakes;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;

namespace Syndicator.Tests.Integration;

/// <summary>`syndicator channels …` as the real executable on a temporary SQLite folder, checks against loopback fakes.</summary>
public sealed class ChannelsCliTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private const string WordPressSecret = "editor:abcd efgh ijkl mnop";

    [Fact]
    public async Task Add_secretFromEnvironment_storedEncryptedAndNeverListed()
    {
        var (data, env) = await NewDataDirectoryAsync();
        const string secret = "EAAG-very-secret-page-token-57";

        var add = await RunAsync(["channels", "add", "--commune", "tan-lap", "--kind", "facebook", "--name", "Fanpage", "--setting", "pageId=104857600"], env, secret);
        var list = await RunAsync(["channels", "list"], env);

        Assert.Equal(0, add.ExitCode);
        Assert.DoesNotContain(secret, add.Output);
        var account = await AccountAsync(data, "Fanpage");
        Assert.NotNull(account.ProtectedSecret);
        Assert.NotEqual(secret, account.ProtectedSecret);
        Assert.DoesNotContain(secret, account.ProtectedSecret);
        Assert.Equal("104857600", JsonNode.Parse(account.SettingsJson)!["pageId"]!.GetValue<string>());
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("tan-lap", list.Output);
        Assert.Contains("Fanpage", list.Output);
        Assert.Contains("Active", list.Output);
        Assert.DoesNotContain(secret, list.Output);
        Assert.DoesNotContain(account.ProtectedSecret, list.Output);
    }

    [Fact]
    public async Task SetSecret_fromStdin_storesEncryptedAndReconnects()
    {
        var (data, env) = await NewDataDirectoryAsync();
        await RunAsync(["channels", "add", "--commune", "tan-lap", "--kind", "webhook", "--name", "Cổng xã", "--setting", "url=https://tanlap.gov.vn/hook"], env, "old-secret");
        await MarkNeedsReconnectAsync(data, "Cổng xã");
        const string secret = "new-webhook-secret-from-stdin";

        var (exitCode, output) = await RunWithStdinAsync(["channels", "set-secret", "--commune", "tan-lap", "--name", "Cổng xã"], env, secret + "\n");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(secret, output);
        var account = await AccountAsync(data, "Cổng xã");
        Assert.Equal(ChannelAccountStatus.Active, account.Status);
        Assert.DoesNotContain(secret, account.ProtectedSecret!);
        Assert.Contains("channel.reconnected", await ActionsAsync(data));
    }

    [Fact]
    public async Task Check_facebookPageTokenOnFakeGraph_reconnectsAccount()
    {
        await using var graph = await FakeGraphApi.StartAsync();
        graph.TokenInfo = new JsonObject { ["is_valid"] = true, ["type"] = "PAGE", ["profile_id"] = graph.PageId, ["scopes"] = new JsonArray("pages_manage_posts", "pages_read_engagement") };
        var (data, env) = await NewDataDirectoryAsync();
        await RunAsync(["channels", "add", "--commune", "tan-lap", "--kind", "facebook", "--name", "Fanpage",
            "--setting", $"pageId={graph.PageId}", "--setting", $"graphBaseUrl={graph.BaseAddress.ToString().TrimEnd('/')}"], env, graph.PageToken);
        await MarkNeedsReconnectAsync(data, "Fanpage");

        var (exitCode, output) = await RunAsync(["channels", "check", "--commune", "tan-lap", "--name", "Fanpage"], env);

        Assert.Equal(0, exitCode);
        Assert.Contains("reconnected", output);
        Assert.DoesNotContain(graph.PageToken, output);
        Assert.Equal(ChannelAccountStatus.Active, (await AccountAsync(data, "Fanpage")).Status);
        Assert.Contains("channel.reconnected", await ActionsAsync(data));
    }

    [Fact]
    public async Task Check_facebookTokenWithoutPublishPermission_failsNamingIt()
    {
        await using var graph = await FakeGraphApi.StartAsync();
        graph.TokenInfo = new JsonObject { ["is_valid"] = true, ["type"] = "PAGE", ["scopes"] = new JsonArray("pages_read_engagement") };
        var (data, env) = await NewDataDirectoryAsync();
        await RunAsync(["channels", "add", "--commune", "tan-lap", "--kind", "facebook", "--name", "Fanpage",
            "--setting", $"pageId={graph.PageId}", "--setting", $"graphBaseUrl={graph.BaseAddress.ToString().TrimEnd('/')}"], env, graph.PageToken);
        await MarkNeedsReconnectAsync(data, "Fanpage");

        var (exitCode, output) = await RunAsync(["channels", "check", "--commune", "tan-lap", "--name", "Fanpage"], env);

        Assert.Equal(1, exitCode);
        Assert.Contains("pages_manage_posts", output);
        Assert.Equal(ChannelAccountStatus.NeedsReconnect, (await AccountAsync(data, "Fanpage")).Status);
    }

    [Theory]
    [InlineData(WordPressSecret, 0)]
    [InlineData("editor:wrong password", 1)]
    public async Task Check_wordPressApplicationPassword_matchesWhatTheSiteAccepts(string secret, int expectedExit)
    {
        await using var site = await WordPressUsersMe.StartAsync();
        var (_, env) = await NewDataDirectoryAsync();
        await RunAsync(["channels", "add", "--commune", "tan-lap", "--kind", "wordpress", "--name", "Cổng", "--setting", $"siteUrl={site.BaseAddress}"], env, secret);

        var (exitCode, output) = await RunAsync(["channels", "check", "--commune", "tan-lap", "--name", "Cổng"], env);

        Assert.Equal(expectedExit, exitCode);
        Assert.Equal(1, site.Hits);
        Assert.DoesNotContain(secret, output);
        if (expectedExit == 1) Assert.Contains("HTTP 401", output);
    }

    [Fact]
    public async Task Disable_thenEnable_listShowsTheState()
    {
        var (_, env) = await NewDataDirectoryAsync();
        await RunAsync(["channels", "add", "--commune", "tan-lap", "--kind", "outbox", "--name", "Hộp thư", "--setting", "directory=/tmp/x"], env, "unused");

        await RunAsync(["channels", "disable", "--commune", "tan-lap", "--name", "Hộp thư"], env);
        var disabled = await RunAsync(["channels", "list"], env);
        await RunAsync(["channels", "enable", "--commune", "tan-lap", "--name", "Hộp thư"], env);
        var enabled = await RunAsync(["channels", "list"], env);

        Assert.Contains(disabled.Output.Split('\n'), l => l.Contains("Hộp thư") && l.Contains(" no "));
        Assert.Contains(enabled.Output.Split('\n'), l => l.Contains("Hộp thư") && l.Contains(" yes "));
    }

    private static async Task<(string Data, Dictionary<string, string> Env)> NewDataDirectoryAsync()
    {
        var data = Directory.CreateTempSubdirectory("syndicator-channels-").FullName;
        var env = new Dictionary<string, string> { ["Syndicator__DataDirectory"] = data, ["Syndicator__SeedDemo"] = "false", ["SYNDICATOR_SECRET"] = "" };
        Assert.Equal(0, (await SyndicatorProcess.RunAsync(["migrate"], env, Limit)).ExitCode);
        await using var db = Db(data);
        db.Communes.Add(new Commune { Slug = "tan-lap", Name = "Xã Tân Lập", CreatedAt = DateTimeOffset.UnixEpoch });
        await db.SaveChangesAsync();
        return (data, env);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string[] args, Dictionary<string, string> env, string? secret = null) =>
        SyndicatorProcess.RunAsync(args, secret is null ? env : new Dictionary<string, string>(env) { ["SYNDICATOR_SECRET"] = secret }, Limit);

    private static async Task<(int ExitCode, string Output)> RunWithStdinAsync(string[] args, Dictionary<string, string> env, string input)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetTempPath() };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "syndicator.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (key, value) in env) info.Environment[key] = value;
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Limit);
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task MarkNeedsReconnectAsync(string data, string name)
    {
        await using var db = Db(data);
        var account = await db.ChannelAccounts.SingleAsync(a => a.Name == name);
        account.Status = ChannelAccountStatus.NeedsReconnect;
        account.StatusReason = "Token expired";
        await db.SaveChangesAsync();
    }

    private static async Task<ChannelAccount> AccountAsync(string data, string name)
    {
        await using var db = Db(data);
        return await db.ChannelAccounts.AsNoTracking().SingleAsync(a => a.Name == name);
    }

    private static async Task<List<string>> ActionsAsync(string data)
    {
        await using var db = Db(data);
        return await db.AuditEvents.AsNoTracking().Select(e => e.Action).ToListAsync();
    }

    private static SqliteDbContext Db(string data)
    {
        SqliteConnection.ClearAllPools();
        return new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={Path.Combine(data, "syndicator.db")};Pooling=False").Options);
    }

    /// <summary>A WordPress stand-in answering only <c>users/me</c> for one application password.</summary>
    private sealed class WordPressUsersMe : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private int _hits;

        private WordPressUsersMe(WebApplication app) => _app = app;

        public int Hits => Volatile.Read(ref _hits);
        public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

        public static async Task<WordPressUsersMe> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.Urls.Add("http://127.0.0.1:0");
            var site = new WordPressUsersMe(app);
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(WordPressSecret));
            app.MapGet("/wp-json/wp/v2/users/me", (HttpContext context) =>
            {
                Interlocked.Increment(ref site._hits);
                return context.Request.Headers.Authorization.ToString() == expected && context.Request.Query["context"] == "edit"
                    ? Results.Json(new { id = 2, name = "editor", roles = new[] { "editor" } })
                    : Results.Json(new { code = "rest_not_logged_in", message = "You are not currently logged in." }, statusCode: 401);
            });
            await app.StartAsync();
            site.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            return site;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

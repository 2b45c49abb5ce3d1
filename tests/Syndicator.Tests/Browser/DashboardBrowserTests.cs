using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Tests.Integration;
using Syndicator.Worker.Demo;
using Syndicator.Worker.Hosting;
using Syndicator.Worker.Security;
using static Microsoft.Playwright.Assertions;

namespace Syndicator.Tests.Browser;

/// <summary>
/// The dashboard in a real Chromium against the real app with jobs running every second on the demo commune:
/// log in, review the queue, preview, edit, approve, and watch the post reach the outbox.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DashboardBrowserTests : IAsyncLifetime
{
    private const string OtherPassword = "mat-khau-Khac-2026";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly PostgresDatabase _pg = new();
    private TestApp _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _app = await TestApp.StartAsync(postgres: _pg.ConnectionString, role: ServiceRole.All, settings: new Dictionary<string, string?>
        {
            ["Syndicator:SeedDemo"] = "true",
            ["Syndicator:Jobs:PollSourcesEvery"] = "00:00:01",
            ["Syndicator:Jobs:ComposeEvery"] = "00:00:01",
            ["Syndicator:Jobs:PublishEvery"] = "00:00:01",
            ["Syndicator:Jobs:SweepEvery"] = "00:00:01",
        });
        await Seed.CommuneAsync(_app.Services, "xa-khac", _app.DataDirectory, "portal");
        await using (var scope = _app.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.Null(await UserAccounts.CreateAsync(users, "bientap-khac", OtherPassword, [Roles.Editor], ["xa-khac"]));
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task Editor_reviewsEditsAndApproves_postIsPublishedToOutbox()
    {
        var postId = await FirstDemoPostAsync();
        var admin = (await File.ReadAllTextAsync(Path.Combine(_app.DataDirectory, "admin-password.txt"))).Trim();
        var page = await NewPageAsync(new ViewportSize { Width = 1280, Height = 900 });

        await page.GotoAsync("/login");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập");
        await ScreenshotAsync(page, "login");
        await LoginAsync(page, DemoSeeder.AdminUser, admin);

        await Expect(page.Locator("h1")).ToHaveTextAsync("Hàng chờ duyệt");
        await Expect(page.Locator($"#queue a[href='/posts/{postId}']")).ToBeVisibleAsync();
        await Expect(page.Locator("#queue tbody tr").First).ToContainTextAsync("Chờ duyệt");
        await ScreenshotAsync(page, "queue");

        await page.Locator($"#queue a[href='/posts/{postId}']").ClickAsync();
        await Expect(page.Locator(".preview.facebook .fb-text")).ToBeVisibleAsync();
        await Expect(page.Locator(".preview.facebook .fb-card")).ToBeVisibleAsync();
        await Expect(page.Locator(".preview.radio pre")).ToBeVisibleAsync();
        await Expect(page.Locator(".preview.zalo h4")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "post-preview", fullPage: true);

        const string edited = "Xã Tân Lập đẩy mạnh chuyển đổi số (đã biên tập)";
        await page.Locator("#title").FillAsync(edited);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("Đã lưu thay đổi");
        await Expect(page.Locator("h1")).ToHaveTextAsync(edited);
        await Expect(page.Locator(".preview.facebook .fb-card")).ToContainTextAsync(edited);

        await page.Locator("#note-approve").FillAsync("Đồng ý đăng");
        await page.Locator("#btn-approve").ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("Đã duyệt tin");
        await Expect(page.Locator("#audit")).ToContainTextAsync("post.approved");
        await Expect(page.Locator("#audit")).ToContainTextAsync("post.edited");

        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await page.ReloadAsync();
            return await page.Locator("#post-state").InnerTextAsync() == "Đã xuất bản";
        }, Patience), "the post never reached Đã xuất bản");
        await Expect(page.Locator("#deliveries tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator("#deliveries")).Not.ToContainTextAsync("Đã lên lịch");
        await Expect(page.Locator("#audit")).ToContainTextAsync("Duyệt tin");

        var outbox = Directory.EnumerateFiles(Path.Combine(_app.DataDirectory, "outbox"), "*.json", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("đã biên tập", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, outbox.Count);

        await page.GotoAsync("/published");
        await Expect(page.Locator("#published")).ToContainTextAsync(edited);

        await page.GotoAsync("/ops");
        await Expect(page.Locator("#sources")).ToContainTextAsync("(mẫu)");
        await Expect(page.Locator("#jobs")).ToContainTextAsync("Chạy ngay");
        await Expect(page.Locator("#jobruns")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "ops", fullPage: true);

        await page.GotoAsync("/calendar");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Lịch đăng");
        await Expect(page.Locator("main")).ToContainTextAsync(edited);
        await ScreenshotAsync(page, "calendar", fullPage: true);
        foreach (var (path, heading, shot) in new[] { ("/posts/new", "Viết tin mới", "new-post"), ("/admin/templates", "Mẫu trình bày", "templates"), ("/admin/users", "Người dùng", "users") })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
            await ScreenshotAsync(page, shot, fullPage: true);
        }

        var phone = await NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await phone.GotoAsync("/login");
        await LoginAsync(phone, DemoSeeder.AdminUser, admin);
        await phone.GotoAsync($"/posts/{postId}");
        await ScreenshotAsync(phone, "post-phone", fullPage: false);

        var other = await NewPageAsync(new ViewportSize { Width = 1280, Height = 900 });
        await other.GotoAsync("/login");
        await LoginAsync(other, "bientap-khac", OtherPassword);
        await Expect(other.Locator("h1")).ToHaveTextAsync("Hàng chờ duyệt");
        var response = await other.GotoAsync($"/posts/{postId}");
        Assert.Equal(404, response!.Status);
        await other.GotoAsync("/?state=all");
        await Expect(other.Locator("main")).Not.ToContainTextAsync(edited);
    }

    private async Task<IPage> NewPageAsync(ViewportSize viewport)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseAddress.ToString().TrimEnd('/'), ViewportSize = viewport, Locale = "vi-VN" });
        return await context.NewPageAsync();
    }

    private static async Task LoginAsync(IPage page, string user, string password)
    {
        await page.Locator("#userName").FillAsync(user);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.Locator("header .user")).ToHaveTextAsync(user);
    }

    /// <summary>Waits for the jobs to fetch the sample feeds and compose the first pending demo post.</summary>
    private async Task<Guid> FirstDemoPostAsync()
    {
        Guid? found = null;
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await using var scope = _app.Scope();
            var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
            found = await db.Posts.Where(p => p.State == PostState.PendingApproval && db.Communes.Any(c => c.Id == p.CommuneId && c.Slug == DemoSeeder.CommuneSlug))
                .OrderByDescending(p => p.CreatedAt).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
            return found is not null;
        }, Patience), "the demo pipeline composed no post");
        return found!.Value;
    }

    private static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = fullPage });
        var artefacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(artefacts, name + ".png"), bytes);
        var docs = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "docs", "screenshots")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(docs, name + ".png"), bytes);
    }

    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        // Above the binaries normally; above this source file when built with --artifacts-path outside the repository.
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Syndicator.sln"))) return dir.FullName;
        throw new InvalidOperationException("Syndicator.sln not found above the test binaries or the test sources.");
    }
}

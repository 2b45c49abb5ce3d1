using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Hosting;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Demo;

/// <summary>
/// The embedded default: a demo commune whose sources are the sample feeds shipped with the program and whose
/// channels write to the local outbox, plus an admin whose generated password is written to a file (never logged).
/// </summary>
public sealed partial class DemoSeeder(SyndicatorDbContext db, UserManager<AppUser> users, DataPaths paths, TimeProvider clock, ILogger<DemoSeeder> log)
{
    public const string CommuneSlug = "xa-demo";
    public const string AdminUser = "admin";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.Communes.AnyAsync(c => c.Slug == CommuneSlug, cancellationToken)) await SeedCommuneAsync(cancellationToken);
        await CreateAdminAsync(cancellationToken);
    }

    private async Task SeedCommuneAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var commune = new Commune { Slug = CommuneSlug, Name = "Xã Tân Lập (demo)", Province = "Tỉnh mẫu", CreatedAt = now };
        db.Communes.Add(commune);
        foreach (var file in Directory.EnumerateFiles(DataPaths.DemoFeeds, "*.rss").Order())
        {
            db.Sources.Add(new Source
            {
                CommuneId = commune.Id, Name = DemoSourceName(file), Url = new Uri(file).AbsoluteUri,
                NextCheckAt = now, PollInterval = TimeSpan.FromMinutes(5),
            });
        }
        foreach (var channel in new[] { "portal", "facebook", "zalo", "radio" })
        {
            db.ChannelAccounts.Add(new ChannelAccount
            {
                CommuneId = commune.Id, Kind = "outbox", Name = channel,
                SettingsJson = JsonSerializer.Serialize(new Dictionary<string, string> { ["directory"] = Path.Combine(paths.Outbox, channel), ["renderAs"] = channel }),
            });
        }
        db.Audit(now, commune.Id, "system", "commune.seeded", nameof(Commune), commune.Id, new { demo = true });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateAdminAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(AdminUser) is not null) return;
        var password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ", 12)
            + RandomNumberGenerator.GetString("23456789", 4);
        var created = await UserAccounts.CreateAsync(users, AdminUser, password, [Roles.Admin], [ScopeClaims.AllCommunes]);
        if (created is not null) throw new InvalidOperationException($"Could not create the demo admin: {created}");
        var file = Path.Combine(paths.Root, "admin-password.txt");
        await File.WriteAllTextAsync(file, password + Environment.NewLine, cancellationToken);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        LogAdmin(AdminUser, file);
    }

    private static string DemoSourceName(string file) =>
        Path.GetFileNameWithoutExtension(file) switch
        {
            "tinh-demo" => "Cổng thông tin tỉnh (mẫu)",
            "quoc-gia-demo" => "Tin quốc gia (mẫu)",
            var other => other,
        };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo admin '{User}' created; its password is in {File}")]
    private partial void LogAdmin(string user, string file);
}

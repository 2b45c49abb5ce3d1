using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Lifecycle.Accounts;

namespace Syndicator.Worker.Cli;

/// <summary>
/// `syndicator channels add|list|check|set-secret|enable|disable`: connect channel accounts. Secrets come from
/// SYNDICATOR_SECRET or stdin (never an argument), are encrypted before storage and are never printed.
/// </summary>
public static class ChannelsCommands
{
    public static Command Create()
    {
        var channels = new Command("channels", "Connect and check channel accounts (portal, Facebook, Zalo, radio, outbox).");
        channels.Subcommands.Add(Add());
        channels.Subcommands.Add(List());
        channels.Subcommands.Add(OnAccount("check", "Verify the account's credentials against its channel.", CheckAsync));
        channels.Subcommands.Add(OnAccount("set-secret", "Replace the secret (from SYNDICATOR_SECRET or stdin).", SetSecretAsync));
        channels.Subcommands.Add(OnAccount("enable", "Let the account publish again.", (admin, a, ct) => EnableAsync(admin, a, true, ct)));
        channels.Subcommands.Add(OnAccount("disable", "Stop publishing on the account (deliveries wait).", (admin, a, ct) => EnableAsync(admin, a, false, ct)));
        return channels;
    }

    private static Command Add()
    {
        var commune = new Option<string>("--commune") { Description = "The commune slug.", Required = true };
        var kind = new Option<string>("--kind") { Description = "wordpress, webhook, facebook, zalo, radio or outbox.", Required = true };
        kind.AcceptOnlyFromAmong([.. RequiredSettings.Kinds]);
        var name = new Option<string>("--name") { Description = "A name unique within the commune, e.g. \"Fanpage UBND xã\".", Required = true };
        var setting = new Option<string[]>("--setting") { Description = "A non-secret setting key=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var add = new Command("add", "Add an account; the secret is read from SYNDICATOR_SECRET or stdin.") { commune, kind, name, setting };
        add.SetAction((parse, ct) => CliApp.Guard(async () =>
        {
            if (!TryParseSettings(parse.GetValue(setting) ?? [], out var settings, out var bad)) return await FailAsync($"--setting '{bad}' must be key=value.");
            var secret = await SecretInput.ReadAsync(ct);
            return await CliHost.RunAsync((sp, token) => AddAsync(sp, parse.GetValue(commune)!, parse.GetValue(kind)!, parse.GetValue(name)!, settings, secret, token), ct);
        }));
        return add;
    }

    private static async Task<int> AddAsync(IServiceProvider sp, string slug, string kind, string name, Dictionary<string, string> settings, string? secret, CancellationToken ct)
    {
        var db = sp.GetRequiredService<SyndicatorDbContext>();
        var commune = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, ct);
        if (commune is null) return await FailAsync($"no commune '{slug}'.");
        if (await db.ChannelAccounts.AnyAsync(a => a.CommuneId == commune.Id && a.Name == name, ct)) return await FailAsync($"commune '{slug}' already has a channel named '{name}'.");
        var account = await sp.GetRequiredService<ChannelAccountAdmin>().AddAsync(commune, kind, name, settings, secret, ct);
        Console.WriteLine($"Added {kind} channel '{name}' to {slug} ({account.Id}){(secret is null ? ", no secret" : ", secret stored encrypted")}.");
        foreach (var problem in RequiredSettings.Missing(kind, settings, secret)) Console.WriteLine($"warning: {problem}");
        return 0;
    }

    private static Command List()
    {
        var commune = new Option<string?>("--commune") { Description = "Only this commune's accounts." };
        var list = new Command("list", "List accounts with their status (never their secrets).") { commune };
        list.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, token) =>
        {
            var db = sp.GetRequiredService<SyndicatorDbContext>();
            var communes = await db.Communes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, token);
            var only = parse.GetValue(commune);
            var rows = (await db.ChannelAccounts.AsNoTracking().ToListAsync(token))
                .Where(a => only is null || communes.GetValueOrDefault(a.CommuneId) == only)
                .OrderBy(a => communes.GetValueOrDefault(a.CommuneId), StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
            Console.WriteLine($"{"COMMUNE",-14} {"KIND",-9} {"NAME",-30} {"STATUS",-14} {"ON",-3} REASON");
            foreach (var a in rows)
                Console.WriteLine($"{communes.GetValueOrDefault(a.CommuneId),-14} {a.Kind,-9} {a.Name,-30} {a.Status,-14} {(a.Enabled ? "yes" : "no"),-3} {a.StatusReason}");
            if (rows.Count == 0) Console.WriteLine("No channel accounts.");
            return 0;
        }, ct)));
        return list;
    }

    private static Command OnAccount(string verb, string description, Func<ChannelAccountAdmin, ChannelAccount, CancellationToken, Task<int>> action)
    {
        var commune = new Option<string>("--commune") { Description = "The commune slug.", Required = true };
        var name = new Option<string>("--name") { Description = "The account name.", Required = true };
        var command = new Command(verb, description) { commune, name };
        command.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, token) =>
        {
            var admin = sp.GetRequiredService<ChannelAccountAdmin>();
            var account = await admin.FindAsync(parse.GetValue(commune)!, parse.GetValue(name)!, token);
            return account is null ? await FailAsync($"no channel '{parse.GetValue(name)}' in commune '{parse.GetValue(commune)}'.") : await action(admin, account, token);
        }, ct)));
        return command;
    }

    private static async Task<int> CheckAsync(ChannelAccountAdmin admin, ChannelAccount account, CancellationToken ct)
    {
        var wasWaiting = account.Status == ChannelAccountStatus.NeedsReconnect;
        var result = await admin.CheckAsync(account, ct);
        if (!result.IsUsable)
        {
            foreach (var problem in result.Problems) await Console.Error.WriteLineAsync($"syndicator: {account.Name}: {problem}");
            return 1;
        }
        Console.WriteLine($"OK: {account.Kind} channel '{account.Name}' can publish{(wasWaiting ? "; reconnected" : "")}.");
        return 0;
    }

    private static async Task<int> SetSecretAsync(ChannelAccountAdmin admin, ChannelAccount account, CancellationToken ct)
    {
        var secret = await SecretInput.ReadAsync(ct);
        if (secret is null) return await FailAsync($"no secret: set {SecretInput.EnvironmentVariable} or pipe it on stdin.");
        await admin.SetSecretAsync(account, secret, ct);
        Console.WriteLine($"Secret of '{account.Name}' replaced (stored encrypted); status {account.Status}.");
        return 0;
    }

    private static async Task<int> EnableAsync(ChannelAccountAdmin admin, ChannelAccount account, bool enabled, CancellationToken ct)
    {
        await admin.SetEnabledAsync(account, enabled, ct);
        Console.WriteLine($"'{account.Name}' {(enabled ? "enabled" : "disabled")}.");
        return 0;
    }

    private static bool TryParseSettings(string[] pairs, out Dictionary<string, string> settings, out string? bad)
    {
        settings = new Dictionary<string, string>(StringComparer.Ordinal);
        bad = null;
        foreach (var pair in pairs)
        {
            var at = pair.IndexOf('=');
            if (at <= 0) { bad = pair; return false; }
            settings[pair[..at].Trim()] = pair[(at + 1)..].Trim();
        }
        return true;
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync($"syndicator: {message}");
        return 1;
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Lifecycle.Accounts;

/// <summary>
/// Operator actions on channel accounts. Secrets are encrypted before they reach the database and never appear in
/// audit data or output. A successful check or a new secret brings a "needs reconnect" account back to Active.
/// </summary>
public sealed class ChannelAccountAdmin(SyndicatorDbContext db, SecretProtector protector, AccountContextFactory contexts, ChannelCredentialChecker checker, TimeProvider clock)
{
    public const string Actor = "cli";

    public async Task<ChannelAccount> AddAsync(Commune commune, string kind, string name, IReadOnlyDictionary<string, string> settings, string? secret, CancellationToken cancellationToken)
    {
        var account = new ChannelAccount
        {
            CommuneId = commune.Id, Kind = kind, Name = name,
            SettingsJson = JsonSerializer.Serialize(settings), ProtectedSecret = protector.Protect(secret),
        };
        db.ChannelAccounts.Add(account);
        db.Audit(clock.GetUtcNow(), commune.Id, Actor, "channel.added", nameof(ChannelAccount), account.Id, new { kind, name, settings, hasSecret = secret is not null });
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    public async Task SetSecretAsync(ChannelAccount account, string secret, CancellationToken cancellationToken)
    {
        account.ProtectedSecret = protector.Protect(secret);
        db.Audit(clock.GetUtcNow(), account.CommuneId, Actor, "channel.secret-set", nameof(ChannelAccount), account.Id, new { account.Kind, account.Name });
        Reconnect(account);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetEnabledAsync(ChannelAccount account, bool enabled, CancellationToken cancellationToken)
    {
        account.Enabled = enabled;
        db.Audit(clock.GetUtcNow(), account.CommuneId, Actor, enabled ? "channel.enabled" : "channel.disabled", nameof(ChannelAccount), account.Id, new { account.Kind, account.Name });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<CredentialCheckResult> CheckAsync(ChannelAccount account, CancellationToken cancellationToken)
    {
        var result = await checker.CheckAsync(account.Kind, contexts.Create(account), cancellationToken);
        if (result.IsUsable && Reconnect(account)) await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>Finds one account by commune slug and name (tracked).</summary>
    public async Task<ChannelAccount?> FindAsync(string communeSlug, string name, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == communeSlug, cancellationToken);
        return commune is null ? null
            : await db.ChannelAccounts.SingleOrDefaultAsync(a => a.CommuneId == commune.Id && a.Name == name, cancellationToken);
    }

    private bool Reconnect(ChannelAccount account)
    {
        if (account.Status != ChannelAccountStatus.NeedsReconnect) return false;
        var reason = account.StatusReason;
        account.Status = ChannelAccountStatus.Active;
        account.StatusReason = null;
        db.Audit(clock.GetUtcNow(), account.CommuneId, Actor, "channel.reconnected", nameof(ChannelAccount), account.Id, new { account.Kind, account.Name, previousReason = reason });
        return true;
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Syndicator.Connectors.Publishing;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Publishing;

/// <summary>
/// Gives a connector its account: settings, the decrypted secret, and a callback that encrypts and commits a rotated
/// secret immediately (in its own statement), so a crash right after a token refresh cannot lock the commune out.
/// </summary>
public sealed class AccountContextFactory(IServiceScopeFactory scopes, SecretProtector protector)
{
    public ChannelAccountContext Create(ChannelAccount account) =>
        new(ParseSettings(account.SettingsJson), protector.Unprotect(account.ProtectedSecret), (secret, ct) => SaveSecretAsync(account.Id, secret, ct));

    public static IReadOnlyDictionary<string, string> ParseSettings(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    private async Task SaveSecretAsync(Guid accountId, string secret, CancellationToken cancellationToken)
    {
        var protectedSecret = protector.Protect(secret);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        await db.ChannelAccounts.Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ProtectedSecret, protectedSecret), cancellationToken);
    }
}

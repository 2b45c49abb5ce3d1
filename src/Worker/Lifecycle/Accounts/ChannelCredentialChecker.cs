using Syndicator.Connectors.Facebook;
using Syndicator.Connectors.Publishing;
using Syndicator.Connectors.Zalo;

namespace Syndicator.Worker.Lifecycle.Accounts;

/// <summary>
/// Verifies an account's credentials against its channel: Facebook Page token (<c>/debug_token</c>), WordPress
/// application password (<c>users/me</c>), Zalo token set (parses, not expired); other kinds need their settings.
/// </summary>
public sealed class ChannelCredentialChecker(IHttpClientFactory httpClients, TimeProvider clock)
{
    public async Task<CredentialCheckResult> CheckAsync(string kind, ChannelAccountContext account, CancellationToken cancellationToken)
    {
        var missing = RequiredSettings.Missing(kind, account.Settings, account.Secret);
        if (missing.Count > 0) return new CredentialCheckResult(missing);
        return kind switch
        {
            "facebook" => await FacebookAsync(account, cancellationToken),
            "wordpress" => await new WordPressCredentialCheck(httpClients.CreateClient(nameof(ChannelCredentialChecker))).CheckAsync(account.Settings, account.Secret, cancellationToken),
            "zalo" => Zalo(account.Secret),
            _ => CredentialCheckResult.Usable,
        };
    }

    private async Task<CredentialCheckResult> FacebookAsync(ChannelAccountContext account, CancellationToken cancellationToken)
    {
        var check = new FacebookTokenCheck(httpClients.CreateClient(nameof(ChannelCredentialChecker)), clock);
        var result = await check.CheckPageTokenAsync(account, null, cancellationToken);
        return result.IsUsable ? CredentialCheckResult.Usable
            : new CredentialCheckResult(result.Problems.Count > 0 ? result.Problems : ["The Graph API could not be reached."]);
    }

    private CredentialCheckResult Zalo(string? secret)
    {
        if (!ZaloTokenSet.TryParse(secret, out var tokens))
            return CredentialCheckResult.Problem("The secret is not a Zalo token set: {\"accessToken\",\"refreshToken\",\"expiresAt\",\"appSecret\"}.");
        return tokens.ExpiresAt > clock.GetUtcNow() ? CredentialCheckResult.Usable
            : CredentialCheckResult.Problem($"The Zalo access token expired at {tokens.ExpiresAt:u}; reconnect the OA.");
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Syndicator.Connectors.Portal;

namespace Syndicator.Worker.Lifecycle.Accounts;

/// <summary>
/// Checks a WordPress application password with <c>GET /wp-json/wp/v2/users/me?context=edit</c> (needs an
/// authenticated user able to edit, i.e. Author or Editor). HTTPS is required except on loopback.
/// </summary>
public sealed class WordPressCredentialCheck(HttpClient http)
{
    public async Task<CredentialCheckResult> CheckAsync(IReadOnlyDictionary<string, string> settings, string? secret, CancellationToken cancellationToken)
    {
        if (!settings.TryGetValue(WordPressSettings.SiteUrl, out var site) || !Uri.TryCreate(site.TrimEnd('/') + "/wp-json/wp/v2/users/me?context=edit", UriKind.Absolute, out var uri))
            return CredentialCheckResult.Problem("The WordPress channel has no valid 'siteUrl' setting.");
        if (uri.Scheme != "https" && !uri.IsLoopback)
            return CredentialCheckResult.Problem($"The site must use HTTPS: application passwords are refused over {uri.Scheme}.");
        if (string.IsNullOrEmpty(secret) || !secret.Contains(':'))
            return CredentialCheckResult.Problem("The secret must be 'user:application-password'.");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => CredentialCheckResult.Usable,
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                    CredentialCheckResult.Problem($"WordPress refused the application password (HTTP {(int)response.StatusCode}); create a new one for an Author or Editor."),
                HttpStatusCode.NotFound => CredentialCheckResult.Problem("The REST API was not found at /wp-json/wp/v2/ (is it disabled by a plugin?)."),
                _ => CredentialCheckResult.Problem($"WordPress answered HTTP {(int)response.StatusCode}."),
            };
        }
        catch (HttpRequestException ex)
        {
            return CredentialCheckResult.Problem($"Cannot reach {uri.GetLeftPart(UriPartial.Authority)}: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CredentialCheckResult.Problem($"{uri.GetLeftPart(UriPartial.Authority)} did not answer in time.");
        }
    }
}

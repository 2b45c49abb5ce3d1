using System.Diagnostics.CodeAnalysis;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Facebook;

/// <summary>A Facebook Page account resolved from <see cref="ChannelAccountContext"/>.</summary>
public sealed record FacebookPage(Uri VersionRoot, string PageId, string Token)
{
    public static bool TryCreate(
        ChannelAccountContext account,
        [NotNullWhen(true)] out FacebookPage? page,
        [NotNullWhen(false)] out PublishOutcome.Failed? invalid)
    {
        page = null;
        invalid = null;
        var settings = account.Settings;
        var baseUrl = settings.GetValueOrDefault(FacebookSettings.GraphBaseUrl) ?? FacebookSettings.DefaultGraphBaseUrl;
        var version = settings.GetValueOrDefault(FacebookSettings.ApiVersion) ?? FacebookSettings.DefaultApiVersion;
        if (!settings.TryGetValue(FacebookSettings.PageId, out var pageId) || string.IsNullOrWhiteSpace(pageId)
            || !Uri.TryCreate($"{baseUrl.TrimEnd('/')}/{version}/", UriKind.Absolute, out var root))
        {
            invalid = new PublishOutcome.Failed(FailureKind.Rejected, "The Facebook channel needs a 'pageId' setting (and a valid 'graphBaseUrl').");
            return false;
        }

        if (string.IsNullOrWhiteSpace(account.Secret))
        {
            invalid = new PublishOutcome.Failed(FailureKind.Unauthorized, "The Facebook channel has no Page access token; reconnect the Page.");
            return false;
        }

        page = new FacebookPage(root, pageId, account.Secret);
        return true;
    }

    public Uri Edge(string edge) => new(VersionRoot, $"{Uri.EscapeDataString(PageId)}/{edge}");
}

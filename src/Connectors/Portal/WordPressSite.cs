using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Text;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Portal;

/// <summary>A WordPress account resolved from <see cref="ChannelAccountContext"/>.</summary>
public sealed record WordPressSite(
    Uri ApiRoot,
    AuthenticationHeaderValue Authorization,
    IReadOnlyList<int> Categories,
    IReadOnlyList<int> Tags,
    bool FeaturedImage,
    string Secret)
{
    public static bool TryCreate(
        ChannelAccountContext account,
        [NotNullWhen(true)] out WordPressSite? site,
        [NotNullWhen(false)] out PublishOutcome.Failed? invalid)
    {
        site = null;
        invalid = null;
        var settings = account.Settings;
        if (!settings.TryGetValue(WordPressSettings.SiteUrl, out var url)
            || !Uri.TryCreate(url?.TrimEnd('/') + "/wp-json/wp/v2/", UriKind.Absolute, out var root))
        {
            invalid = new PublishOutcome.Failed(FailureKind.Rejected, "The WordPress channel has no valid 'siteUrl' setting.");
            return false;
        }

        if (string.IsNullOrEmpty(account.Secret) || !account.Secret.Contains(':'))
        {
            invalid = new PublishOutcome.Failed(
                FailureKind.Unauthorized, "The WordPress channel has no application password (expected 'user:application-password').");
            return false;
        }

        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(account.Secret));
        site = new WordPressSite(
            root,
            new AuthenticationHeaderValue("Basic", basic),
            ParseIds(settings, WordPressSettings.Categories),
            ParseIds(settings, WordPressSettings.Tags),
            !settings.TryGetValue(WordPressSettings.FeaturedImage, out var image) || !string.Equals(image, "false", StringComparison.OrdinalIgnoreCase),
            account.Secret);
        return true;
    }

    private static int[] ParseIds(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var value)
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(part => int.TryParse(part, out var id) ? id : 0).Where(id => id > 0).ToArray()
            : [];
}

using Syndicator.Connectors.Facebook;
using Syndicator.Connectors.Outbox;
using Syndicator.Connectors.Portal;
using Syndicator.Connectors.Radio;
using Syndicator.Connectors.Zalo;

namespace Syndicator.Worker.Lifecycle.Accounts;

/// <summary>The settings and secret each channel kind cannot work without.</summary>
public static class RequiredSettings
{
    public static readonly IReadOnlyList<string> Kinds = ["wordpress", "webhook", "facebook", "zalo", "radio", "outbox"];

    public static IReadOnlyList<string> For(string kind) => kind switch
    {
        "wordpress" => [WordPressSettings.SiteUrl],
        "webhook" => [WebhookSettings.Url],
        "facebook" => [FacebookSettings.PageId],
        "zalo" => [ZaloSettings.AppId],
        "radio" => [RadioSettings.Directory],
        "outbox" => [OutboxSettings.Directory],
        _ => [],
    };

    public static bool NeedsSecret(string kind) => kind is "wordpress" or "webhook" or "facebook" or "zalo";

    /// <summary>Problems with missing settings or secret, in words ops can act on.</summary>
    public static List<string> Missing(string kind, IReadOnlyDictionary<string, string> settings, string? secret)
    {
        var problems = For(kind).Where(k => !settings.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v))
            .Select(k => $"Missing setting '{k}' (use --setting {k}=…).").ToList();
        if (NeedsSecret(kind) && string.IsNullOrEmpty(secret))
            problems.Add("No secret stored: pass it in SYNDICATOR_SECRET or on stdin to 'channels set-secret'.");
        return problems;
    }
}

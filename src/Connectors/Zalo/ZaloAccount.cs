using System.Diagnostics.CodeAnalysis;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Zalo;

/// <summary>A Zalo OA account resolved from <see cref="ChannelAccountContext"/>.</summary>
public sealed record ZaloAccount(
    Uri ApiBase,
    Uri OAuthBase,
    string AppId,
    string? Author,
    string? CoverImageUrl,
    bool Broadcast,
    ZaloBroadcastWindow Window,
    ZaloTokenSet Tokens)
{
    public static bool TryCreate(
        ChannelAccountContext account,
        [NotNullWhen(true)] out ZaloAccount? zalo,
        [NotNullWhen(false)] out PublishOutcome.Failed? invalid)
    {
        zalo = null;
        invalid = null;
        var settings = account.Settings;
        if (!ZaloTokenSet.TryParse(account.Secret, out var tokens))
        {
            invalid = new PublishOutcome.Failed(FailureKind.Unauthorized, "The Zalo OA channel has no usable token set; an OA admin must connect the OA.");
            return false;
        }

        if (!settings.TryGetValue(ZaloSettings.AppId, out var appId) || string.IsNullOrWhiteSpace(appId)
            || !Uri.TryCreate(Root(settings, ZaloSettings.ApiBaseUrl, ZaloSettings.DefaultApiBaseUrl), UriKind.Absolute, out var api)
            || !Uri.TryCreate(Root(settings, ZaloSettings.OAuthBaseUrl, ZaloSettings.DefaultOAuthBaseUrl), UriKind.Absolute, out var oauth))
        {
            invalid = new PublishOutcome.Failed(FailureKind.Rejected, "The Zalo OA channel needs an 'appId' setting (and valid base URLs).");
            return false;
        }

        zalo = new ZaloAccount(
            api,
            oauth,
            appId,
            settings.GetValueOrDefault(ZaloSettings.Author),
            settings.GetValueOrDefault(ZaloSettings.CoverImageUrl),
            string.Equals(settings.GetValueOrDefault(ZaloSettings.Broadcast), "true", StringComparison.OrdinalIgnoreCase),
            ZaloBroadcastWindow.Parse(settings.GetValueOrDefault(ZaloSettings.BroadcastWindow), settings.GetValueOrDefault(ZaloSettings.TimeZone)),
            tokens);
        return true;
    }

    private static string Root(IReadOnlyDictionary<string, string> settings, string key, string fallback) =>
        (settings.GetValueOrDefault(key) ?? fallback).TrimEnd('/') + "/";
}

namespace Syndicator.Connectors.Zalo;

/// <summary>
/// Settings keys of a Zalo Official Account channel. The secret is the JSON of a <see cref="ZaloTokenSet"/>
/// (<c>accessToken</c>, <c>refreshToken</c>, <c>expiresAt</c>, <c>appSecret</c>).
/// </summary>
public static class ZaloSettings
{
    /// <summary>Required. The Zalo app id (used with the app secret to refresh tokens).</summary>
    public const string AppId = "appId";

    /// <summary>Optional, default <see cref="DefaultApiBaseUrl"/>.</summary>
    public const string ApiBaseUrl = "apiBaseUrl";

    /// <summary>Optional, default <see cref="DefaultOAuthBaseUrl"/> (the token endpoint is <c>/v4/oa/access_token</c>).</summary>
    public const string OAuthBaseUrl = "oauthBaseUrl";

    /// <summary>Optional article author, at most 50 characters (e.g. "UBND xã Tân Hòa").</summary>
    public const string Author = "author";

    /// <summary>Optional cover image used when the content has none (Zalo effectively requires a cover).</summary>
    public const string CoverImageUrl = "coverImageUrl";

    /// <summary>Optional, default <c>"false"</c>. <c>"true"</c> broadcasts the article to followers after it is created.</summary>
    public const string Broadcast = "broadcast";

    /// <summary>Optional, default <see cref="DefaultBroadcastWindow"/>: local hours in which broadcasts may be sent.</summary>
    public const string BroadcastWindow = "broadcastWindow";

    /// <summary>Optional, default <see cref="DefaultTimeZone"/>: time zone of <see cref="BroadcastWindow"/>.</summary>
    public const string TimeZone = "timeZone";

    public const string DefaultApiBaseUrl = "https://openapi.zalo.me";

    public const string DefaultOAuthBaseUrl = "https://oauth.zaloapp.com";

    public const string DefaultBroadcastWindow = "07:00-21:00";

    public const string DefaultTimeZone = "Asia/Ho_Chi_Minh";
}

namespace Syndicator.Connectors.Facebook;

/// <summary>
/// Settings keys of a Facebook Page channel account. The secret is the Page access token
/// (needs <c>pages_manage_posts</c> and <c>pages_read_engagement</c>).
/// </summary>
public static class FacebookSettings
{
    /// <summary>Required. Numeric id of the Page.</summary>
    public const string PageId = "pageId";

    /// <summary>Optional, default <see cref="DefaultGraphBaseUrl"/>.</summary>
    public const string GraphBaseUrl = "graphBaseUrl";

    /// <summary>Optional, default <see cref="DefaultApiVersion"/>. Pinned Graph API version, e.g. <c>v25.0</c>.</summary>
    public const string ApiVersion = "apiVersion";

    public const string DefaultGraphBaseUrl = "https://graph.facebook.com";

    public const string DefaultApiVersion = "v25.0";
}

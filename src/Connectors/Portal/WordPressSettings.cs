namespace Syndicator.Connectors.Portal;

/// <summary>
/// Settings keys of a WordPress channel account. The secret is <c>"user:application-password"</c>
/// (WordPress 5.6+ Application Passwords, sent with HTTP Basic auth; the site must use HTTPS).
/// </summary>
public static class WordPressSettings
{
    /// <summary>Required. Site root, e.g. <c>https://xa-abc.gov.vn</c>; the REST API lives under <c>/wp-json/wp/v2/</c>.</summary>
    public const string SiteUrl = "siteUrl";

    /// <summary>Optional. Comma-separated category term ids, e.g. <c>"12,15"</c>.</summary>
    public const string Categories = "categories";

    /// <summary>Optional. Comma-separated tag term ids.</summary>
    public const string Tags = "tags";

    /// <summary>Optional, default <c>"true"</c>. When <c>"false"</c> the cover image is not uploaded as featured media.</summary>
    public const string FeaturedImage = "featuredImage";
}

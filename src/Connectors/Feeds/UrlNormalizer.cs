using System.Text;

namespace Syndicator.Connectors.Feeds;

/// <summary>Canonical absolute http(s) URLs for links, images and dedupe keys.</summary>
public static class UrlNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
        "mc_cid", "mc_eid", "_hsenc", "_hsmkt", "mkt_tok", "zarsrc", "gidzl", "ref_src", "_ga", "_gl",
        "vero_id", "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid", "__tn__",
    };

    /// <summary>
    /// Resolves <paramref name="url"/> against <paramref name="baseUri"/> and returns the canonical form:
    /// absolute http(s), lower-case scheme and host, default port dropped, fragment dropped, tracking
    /// parameters (utm_*, fbclid, gclid, zarsrc, …) removed and the other parameters kept in order.
    /// Returns null when the value is empty, not resolvable, or not http(s).
    /// </summary>
    public static string? Canonicalize(string url, Uri? baseUri)
    {
        var uri = Resolve(url, baseUri);
        if (uri is null)
        {
            return null;
        }

        var builder = new StringBuilder(uri.Scheme.ToLowerInvariant()).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        builder.Append(uri.AbsolutePath);
        var query = FilterQuery(uri.Query);
        if (query.Length > 0)
        {
            builder.Append('?').Append(query);
        }

        return builder.ToString();
    }

    /// <summary>Resolves a possibly relative URL to an absolute http(s) <see cref="Uri"/>, or null.</summary>
    internal static Uri? Resolve(string? url, Uri? baseUri)
    {
        var trimmed = url?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        Uri? result;
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !IsImplicitFile(trimmed, absolute))
        {
            result = absolute;
        }
        else if (baseUri is null || !baseUri.IsAbsoluteUri || !Uri.TryCreate(baseUri, trimmed, out result))
        {
            return null;
        }

        return result.Scheme is "http" or "https" ? result : null;
    }

    // On Unix "/news/a.html" parses as an absolute file:// URI; treat it as a relative path instead.
    private static bool IsImplicitFile(string text, Uri uri) =>
        uri.IsFile && !text.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    private static string FilterQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = new List<string>();
        foreach (var pair in query[1..].Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var separator = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(separator < 0 ? pair : pair[..separator]);
            if (!IsTracking(key))
            {
                kept.Add(pair);
            }
        }

        return string.Join('&', kept);
    }

    private static bool IsTracking(string key) =>
        key.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(key);
}

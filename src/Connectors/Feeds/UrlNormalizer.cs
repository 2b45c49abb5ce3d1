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
        var trimmed = url.Trim();
        if (IsPlainAbsolute(trimmed))
        {
            return trimmed;
        }

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

    /// <summary>
    /// True for the common link that is already in canonical form, so <see cref="Uri"/> would give it back unchanged
    /// (<see cref="Canonicalize"/> and <see cref="Uri.AbsoluteUri"/> alike): lower-case http(s) scheme, a lower-case
    /// DNS host with a letter in it, no port, user, query, fragment or escapes, and a path of plain characters with
    /// no dot segments. Tests check the claim against the general path.
    /// </summary>
    internal static bool IsPlainAbsolute(ReadOnlySpan<char> url)
    {
        var rest = url.StartsWith("https://", StringComparison.Ordinal) ? url[8..]
            : url.StartsWith("http://", StringComparison.Ordinal) ? url[7..] : default;
        var slash = rest.IndexOf('/');
        if (slash <= 0 || slash > 253 || !IsPlainHost(rest[..slash]))
        {
            return false;
        }

        var path = rest[slash..];
        return !path.ContainsAnyExcept(PlainPathChars) && !path.Contains("/.", StringComparison.Ordinal);
    }

    private static readonly System.Buffers.SearchValues<char> PlainPathChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");

    // Labels of a-z, 0-9 and inner hyphens, separated by single dots, with at least one letter somewhere.
    private static bool IsPlainHost(ReadOnlySpan<char> host)
    {
        var letter = false;
        var labelStart = 0;
        for (var i = 0; i <= host.Length; i++)
        {
            if (i == host.Length || host[i] == '.')
            {
                var label = host[labelStart..i];
                if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-') return false;
                labelStart = i + 1;
                continue;
            }

            var c = host[i];
            if (c is >= 'a' and <= 'z') letter = true;
            else if (c is not ((>= '0' and <= '9') or '-')) return false;
        }

        return letter;
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

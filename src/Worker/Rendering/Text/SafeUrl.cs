namespace Syndicator.Worker.Rendering.Text;

/// <summary>Accepts only absolute http(s) URLs, so a link or image can never carry javascript: or data: payloads.</summary>
public static class SafeUrl
{
    public static string? HttpOrNull(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Syndicator.Worker.Web.Feeds;

/// <summary>Answers a public feed with a strong ETag over its bytes, 304 on a matching If-None-Match, and 5-minute caching.</summary>
public static class FeedResponse
{
    public const string CacheControl = "public, max-age=300";

    public static IResult Send(HttpContext http, string body, string contentType)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32] + "\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = CacheControl;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (Matches(http.Request.Headers.IfNoneMatch.ToString(), etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(bytes, contentType);
    }

    private static bool Matches(string ifNoneMatch, string etag) =>
        ifNoneMatch.Length > 0 && ifNoneMatch.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == etag);
}

using System.Text.Json;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Portal;

/// <summary>An HTTP answer from WordPress: status, parsed JSON (null for HTML or empty bodies) and Retry-After.</summary>
public sealed record WordPressReply(int Status, JsonElement? Json, TimeSpan? RetryAfter)
{
    public bool IsSuccess => Status is >= 200 and < 300 && Json is not null;

    public static async Task<WordPressReply> ReadAsync(HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return new WordPressReply((int)response.StatusCode, JsonBody.TryParse(text), RetryAfterOf(response, time));
    }

    public static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date - time.GetUtcNow());
        return delay is { } value && value > TimeSpan.Zero ? value : null;
    }
}

namespace Syndicator.Connectors.Tests.Channels.Fakes;

/// <summary>
/// Token bookkeeping of <see cref="FakeZaloApi"/>: refresh tokens are single-use, and a refresh invalidates
/// every earlier access token (as one client reports the real OA does). Thread-safe.
/// </summary>
public sealed class FakeZaloTokens
{
    private readonly Lock gate = new();
    private readonly HashSet<string> accessTokens = [];
    private readonly HashSet<string> expiredTokens = [];
    private readonly HashSet<string> refreshTokens = [];
    private int sequence;
    private int refreshCount;

    public int RefreshCount => Volatile.Read(ref refreshCount);

    public (string AccessToken, string RefreshToken) Issue()
    {
        lock (gate)
        {
            var pair = ($"access-{++sequence}-{Guid.NewGuid():N}", $"refresh-{sequence}-{Guid.NewGuid():N}");
            accessTokens.Add(pair.Item1);
            refreshTokens.Add(pair.Item2);
            return pair;
        }
    }

    public void ExpireAll()
    {
        lock (gate)
        {
            expiredTokens.UnionWith(accessTokens);
            accessTokens.Clear();
        }
    }

    /// <summary>Consumes <paramref name="refreshToken"/> and returns a new pair, or null when it is unknown or used.</summary>
    public (string AccessToken, string RefreshToken)? Rotate(string refreshToken)
    {
        lock (gate)
        {
            if (!refreshTokens.Remove(refreshToken))
            {
                return null;
            }

            Interlocked.Increment(ref refreshCount);
            accessTokens.Clear();
        }

        return Issue();
    }

    /// <summary>Null for a valid token, else the Zalo error code (-220 expired, -216 invalid).</summary>
    public int? ErrorFor(string accessToken)
    {
        lock (gate)
        {
            return accessTokens.Contains(accessToken) ? null : expiredTokens.Contains(accessToken) ? -220 : -216;
        }
    }
}

namespace Syndicator.Connectors.Facebook;

/// <summary>
/// What <c>/debug_token</c> said about a Page token. <see cref="Problems"/> lists readable reasons the token
/// is not fit for publishing; an empty list means it is. <see cref="ExpiresAt"/> is null for tokens that never expire.
/// </summary>
public sealed record TokenCheckResult(
    bool Reachable,
    bool IsValid,
    string? Type,
    bool HasPagesManagePosts,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<string> Problems)
{
    public bool IsUsable => Reachable && Problems.Count == 0;
}

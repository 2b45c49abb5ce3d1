namespace Syndicator.Connectors.Fetching;

/// <summary>A conditional GET of one source URL.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, DateTimeOffset? LastModified = null);

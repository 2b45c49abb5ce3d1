using Syndicator.Connectors.Feeds;

namespace Syndicator.Worker.Sources;

/// <summary>What a one-off fetch and parse produced: either a feed with classified entries, or a readable error.</summary>
public sealed record ProbeResult(Uri Url, ParsedFeed? Feed, IReadOnlyList<ProbedEntry> Entries, string? Error)
{
    public static ProbeResult Failed(Uri url, string error) => new(url, null, [], error);
}

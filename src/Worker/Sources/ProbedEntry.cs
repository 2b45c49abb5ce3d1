using Syndicator.Connectors.Feeds;
using Syndicator.Worker.Classification;

namespace Syndicator.Worker.Sources;

/// <summary>One parsed entry with the NQ57 verdict it would get when stored.</summary>
public sealed record ProbedEntry(FeedEntry Entry, RelevanceVerdict Verdict);

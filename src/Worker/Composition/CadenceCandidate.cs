namespace Syndicator.Worker.Composition;

/// <summary>An unused relevant item a cadence may choose.</summary>
public sealed record CadenceCandidate(Guid ItemId, Guid SourceId, double Score, DateTimeOffset PublishedAt);

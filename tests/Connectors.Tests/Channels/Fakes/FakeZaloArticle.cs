namespace Syndicator.Connectors.Tests.Channels.Fakes;

/// <summary>An article stored by <see cref="FakeZaloApi"/>; <see cref="PendingPolls"/> verify calls answer -214 first.</summary>
public sealed record FakeZaloArticle(string Id, string Token, string Title, string Description, string? CoverUrl, string? Author, int PendingPolls);

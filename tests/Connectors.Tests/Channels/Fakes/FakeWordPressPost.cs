namespace Syndicator.Connectors.Tests.Channels.Fakes;

/// <summary>A post stored by <see cref="FakeWordPress"/>.</summary>
public sealed record FakeWordPressPost(long Id, string Slug, string Title, string Content, string Excerpt, string Status, long FeaturedMedia);

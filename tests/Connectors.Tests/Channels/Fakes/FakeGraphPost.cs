namespace Syndicator.Connectors.Tests.Channels.Fakes;

/// <summary>A Page post stored by <see cref="FakeGraphApi"/> (<see cref="PhotoUrl"/> set for /photos posts).</summary>
public sealed record FakeGraphPost(string Id, string? Message, string? Link, string? PhotoUrl, DateTimeOffset CreatedTime);

namespace Syndicator.Worker.Composition;

/// <summary>What an editor writes on "/posts/new". Body is plain text; the image URL is http(s) or absent.</summary>
public sealed record ManualPostInput(
    Guid CommuneId,
    string ThemeKey,
    string Title,
    string? Lead,
    string? BodyText,
    string? ImageUrl,
    DateTimeOffset? ScheduledFor);

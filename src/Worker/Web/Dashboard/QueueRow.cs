using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>One line of the queue or the published log.</summary>
public sealed record QueueRow(
    Guid Id, Guid CommuneId, string Title, string ThemeKey, string SourceName, string? SourceUrl, PostState State,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? MatchReason);

using System.Text.Json;

namespace Syndicator.Worker.Lifecycle;

/// <summary>One event in a webhook batch.</summary>
public sealed record LifecycleEvent(long Id, DateTimeOffset At, string Action, string EntityType, string EntityId, Guid? CommuneId, JsonElement? Data);

namespace Syndicator.Worker.Reports;

/// <summary>One exported audit event. Audit data never holds secrets, so it is exported as stored.</summary>
public sealed record AuditExportRow(DateTimeOffset At, string Commune, string Actor, string Action, string EntityType, string EntityId, string? Data);

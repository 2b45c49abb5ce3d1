using System.Text.Json;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage;

public static class AuditExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds an audit event to the context; it is committed by the same SaveChanges as the change it records.
    /// </summary>
    public static AuditEvent Audit(
        this SyndicatorDbContext db,
        DateTimeOffset at,
        Guid? communeId,
        string actor,
        string action,
        string entityType,
        Guid entityId,
        object? data = null)
    {
        var entry = new AuditEvent
        {
            At = at,
            CommuneId = communeId,
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityId = entityId.ToString(),
            Data = data is null ? null : JsonSerializer.Serialize(data, Json),
        };
        db.AuditEvents.Add(entry);
        return entry;
    }
}

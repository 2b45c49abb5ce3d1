using System.Text.Json;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage;

public static class AuditExtensions
{
    /// <summary>Vietnamese stays readable in the stored JSON (and in audit exports); HTML-significant characters are still escaped.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

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

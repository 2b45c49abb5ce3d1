using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage;

/// <summary>Keeps the audit trail append-only at the model level (the PostgreSQL schema also has a trigger).</summary>
internal static class AuditGuard
{
    public static void RejectChangesToAuditEvents(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<AuditEvent>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("Audit events are append-only: they cannot be changed or deleted.");
        }
    }
}

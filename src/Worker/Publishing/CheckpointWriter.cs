using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;

namespace Syndicator.Worker.Publishing;

/// <summary>Commits one step's id of a multi-step publish at once, before the connector takes the next step.</summary>
public static class CheckpointWriter
{
    public static async Task SaveAsync(SyndicatorDbContext db, Guid deliveryId, string key, string value, CancellationToken cancellationToken)
    {
        var current = await db.Deliveries.AsNoTracking().Where(d => d.Id == deliveryId).Select(d => d.CheckpointJson).SingleAsync(cancellationToken);
        var map = JsonSerializer.Deserialize<Dictionary<string, string>>(current) ?? [];
        map[key] = value;
        var json = JsonSerializer.Serialize(map);
        await db.Deliveries.Where(d => d.Id == deliveryId).ExecuteUpdateAsync(s => s.SetProperty(d => d.CheckpointJson, json), cancellationToken);
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Lifecycle;

/// <summary>
/// Sends each subscriber the audit events after its cursor, in id order and in batches. The cursor moves only when
/// the subscriber answered 2xx, so a failed batch is sent again next run (at least once, never out of order). A new
/// subscriber starts at the current end of the audit trail: history is not replayed.
/// </summary>
public sealed partial class LifecycleWebhookSender(
    SyndicatorDbContext db, IHttpClientFactory httpClients, IOptions<SyndicatorOptions> options, TimeProvider clock, ILogger<LifecycleWebhookSender> log)
{
    public const string HttpClientName = "lifecycle-webhooks";

    /// <returns>How many events were delivered, over all subscribers.</returns>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var subscriber in options.Value.Webhooks.Subscribers)
            sent += await SendToAsync(subscriber, cancellationToken);
        return sent;
    }

    private async Task<int> SendToAsync(WebhookSubscriberOptions subscriber, CancellationToken cancellationToken)
    {
        var cursor = await db.WebhookCursors.SingleOrDefaultAsync(c => c.Name == subscriber.Name, cancellationToken);
        if (cursor is null)
        {
            var end = await db.AuditEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
            db.WebhookCursors.Add(new WebhookCursor { Name = subscriber.Name, LastAuditEventId = end });
            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }
        var poster = new LifecycleWebhookPoster(httpClients.CreateClient(HttpClientName), clock);
        var sent = 0;
        while (true)
        {
            var page = await db.AuditEvents.AsNoTracking().Where(e => e.Id > cursor.LastAuditEventId)
                .OrderBy(e => e.Id).Take(options.Value.Webhooks.BatchSize).ToListAsync(cancellationToken);
            if (page.Count == 0) return sent;
            var events = Select(subscriber, page);
            var error = events.Count == 0 ? null : await poster.PostAsync(subscriber, new LifecycleBatch(subscriber.Name, events), cancellationToken);
            if (error is not null)
            {
                cursor.LastError = error;
                await db.SaveChangesAsync(cancellationToken);
                LogFailed(subscriber.Name, error);
                return sent;
            }
            cursor.LastAuditEventId = page[^1].Id;
            cursor.LastError = null;
            if (events.Count > 0) cursor.LastSentAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            sent += events.Count;
        }
    }

    private List<LifecycleEvent> Select(WebhookSubscriberOptions subscriber, List<AuditEvent> page)
    {
        return page
            .Select(e => (Event: e, Name: LifecycleEvents.NameOf(e.Action, e.Data)))
            .Where(x => LifecycleEvents.Wants(subscriber.Events, x.Name))
            .Select(x => new LifecycleEvent(x.Event.Id, x.Event.At, x.Name, x.Event.EntityType, x.Event.EntityId, x.Event.CommuneId, Parse(x.Event.Data)))
            .ToList();
    }

    private static JsonElement? Parse(string? data)
    {
        if (data is null) return null;
        try { return JsonDocument.Parse(data).RootElement.Clone(); }
        catch (JsonException) { return null; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lifecycle webhook {Subscriber} failed, will retry next run: {Error}")]
    private partial void LogFailed(string subscriber, string error);
}

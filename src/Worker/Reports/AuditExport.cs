using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;

namespace Syndicator.Worker.Reports;

/// <summary>
/// Streams audit events of a period (Vietnam dates, inclusive), oldest first, as CSV (RFC 4180, UTF-8 BOM) or a
/// JSON array. Columns: at (ISO 8601 UTC), commune, actor, action, entityType, entityId, data.
/// </summary>
public static class AuditExport
{
    public static readonly string[] Columns = ["at", "commune", "actor", "action", "entityType", "entityId", "data"];

    public static async IAsyncEnumerable<AuditExportRow> ReadAsync(
        SyndicatorDbContext db, DateOnly from, DateOnly to, string? communeSlug, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var start = ReportPeriod.StartOf(from);
        var end = ReportPeriod.StartOf(to.AddDays(1));
        var slugs = await db.Communes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken);
        var query = db.AuditEvents.AsNoTracking().Where(e => e.At >= start && e.At < end);
        if (communeSlug is not null)
        {
            var id = slugs.Where(s => s.Value == communeSlug).Select(s => (Guid?)s.Key).SingleOrDefault();
            query = query.Where(e => e.CommuneId == id);
        }
        await foreach (var e in query.OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var commune = e.CommuneId is { } c && slugs.TryGetValue(c, out var slug) ? slug : "";
            yield return new AuditExportRow(e.At, commune, e.Actor, e.Action, e.EntityType, e.EntityId, e.Data);
        }
    }

    public static async Task<int> WriteCsvAsync(IAsyncEnumerable<AuditExportRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Encoding.UTF8.GetPreamble(), cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteAsync(new CsvBuilder().Row(Columns).ToString());
        var count = 0;
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(new CsvBuilder().Row(Iso(r.At), r.Commune, r.Actor, r.Action, r.EntityType, r.EntityId, r.Data).ToString());
            count++;
        }
        await writer.FlushAsync(cancellationToken);
        return count;
    }

    public static async Task<int> WriteJsonAsync(IAsyncEnumerable<AuditExportRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        var count = 0;
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("at", Iso(r.At));
            json.WriteString("commune", r.Commune);
            json.WriteString("actor", r.Actor);
            json.WriteString("action", r.Action);
            json.WriteString("entityType", r.EntityType);
            json.WriteString("entityId", r.EntityId);
            json.WriteString("data", r.Data);
            json.WriteEndObject();
            if (++count % 500 == 0) await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
        return count;
    }

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

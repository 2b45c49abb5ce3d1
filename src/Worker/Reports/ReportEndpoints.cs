using System.Globalization;
using System.Security.Claims;
using Syndicator.Storage;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Reports;

/// <summary><c>GET /reports/{slug}?from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;format=html|csv</c>: logged-in users of the commune.</summary>
public static class ReportEndpoints
{
    public static void MapReports(this WebApplication app) =>
        app.MapGet("/reports/{slug}", ReportAsync).RequireAuthorization();

    private static async Task<IResult> ReportAsync(
        string slug, string? from, string? to, string? format, ClaimsPrincipal user, SyndicatorDbContext db, TimeProvider clock, CancellationToken ct)
    {
        // Out of scope looks exactly like an unknown commune.
        if (!user.CanAccess(slug) || !user.HasAnyRole(Roles.Ops, Roles.Approver, Roles.Editor)) return Results.NotFound();
        var (defaultFrom, defaultTo) = ReportPeriod.CurrentHalfYear(clock);
        if (!TryDate(from, defaultFrom, out var start) || !TryDate(to, defaultTo, out var end) || end < start)
            return Results.Problem("Khoảng thời gian không hợp lệ (định dạng yyyy-MM-dd, ngày bắt đầu không sau ngày kết thúc).", statusCode: StatusCodes.Status400BadRequest);
        var kind = (format ?? "html").ToLowerInvariant();
        if (kind is not ("html" or "csv")) return Results.Problem("Định dạng phải là html hoặc csv.", statusCode: StatusCodes.Status400BadRequest);
        var report = await SemiAnnualReportBuilder.BuildAsync(db, clock, slug, start, end, ct);
        if (report is null) return Results.NotFound();
        return kind == "csv"
            ? Results.File(ReportCsvWriter.Write(report), ReportCsvWriter.ContentType, ReportFileName.For(report, "csv"))
            : Results.Content(ReportHtmlWriter.Write(report), ReportHtmlWriter.ContentType);
    }

    public static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = fallback;
            return true;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}

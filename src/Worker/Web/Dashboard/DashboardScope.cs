using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>The communes a user may see, from their scope claims (the same rule as the JSON API).</summary>
public static class DashboardScope
{
    public static Task<List<Commune>> CommunesAsync(ClaimsPrincipal user, SyndicatorDbContext db, CancellationToken ct) =>
        CommuneScope.VisibleAsync(user, db, ct);

    /// <summary>The post if it exists and is in scope; out of scope looks exactly like not found.</summary>
    public static async Task<Post?> PostAsync(Guid id, ClaimsPrincipal user, SyndicatorDbContext db, CancellationToken ct)
    {
        var ids = (await CommunesAsync(user, db, ct)).Select(c => c.Id).ToList();
        return await db.Posts.AsNoTracking().Include(p => p.Deliveries).SingleOrDefaultAsync(p => p.Id == id && ids.Contains(p.CommuneId), ct);
    }

    public static IResult NotFound(HttpContext http) =>
        Html.Page(Layout.Page(http, "Không tìm thấy", "<p>Không tìm thấy tin này, hoặc tin không thuộc xã bạn phụ trách.</p><p><a href=\"/\">Về hàng chờ duyệt</a></p>"), StatusCodes.Status404NotFound);

    public static IResult Forbidden(HttpContext http, string message) =>
        Html.Page(Layout.Page(http, "Không có quyền", $"<p class=\"error\">{Html.E(message)}</p><p><a href=\"/\">Về hàng chờ duyệt</a></p>"), StatusCodes.Status403Forbidden);
}

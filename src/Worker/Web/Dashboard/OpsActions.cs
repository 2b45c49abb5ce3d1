using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>The POST handlers of the ops page: retry a dead delivery, control a job.</summary>
public static class OpsActions
{
    public static async Task<IResult> RetryAsync(Guid id, HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        if (!user.HasAnyRole(Roles.Ops)) return DashboardScope.Forbidden(http, "Chỉ cán bộ vận hành mới được thử lại lượt đăng.");
        var ids = (await DashboardScope.CommunesAsync(user, db, ct)).Select(c => c.Id).ToList();
        var delivery = await db.Deliveries.Include(d => d.Post).SingleOrDefaultAsync(d => d.Id == id && ids.Contains(d.Post!.CommuneId), ct);
        if (delivery is null) return DashboardScope.NotFound(http);
        if (delivery.State != DeliveryState.Dead)
            return Html.Page(Layout.Page(http, "Không thực hiện được", "<p class=\"error\">Lượt đăng này không ở trạng thái thất bại nên không cần thử lại.</p><p><a href=\"/ops\">Về trang vận hành</a></p>"), StatusCodes.Status409Conflict);
        var now = clock.GetUtcNow();
        delivery.State = DeliveryState.Scheduled;
        delivery.DueAt = now;
        db.Audit(now, delivery.Post!.CommuneId, user.ActorName(), "delivery.retried", nameof(Delivery), delivery.Id,
            new { before = DeliveryState.Dead, after = DeliveryState.Scheduled, channel = delivery.Channel, attempts = delivery.Attempts, lastError = delivery.LastError });
        await db.SaveChangesAsync(ct);
        return Results.Redirect("/ops?m=retry");
    }

    public static async Task<IResult> JobAsync(string name, string action, HttpContext http, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        if (!user.HasAnyRole(Roles.Ops)) return DashboardScope.Forbidden(http, "Chỉ cán bộ vận hành mới được điều khiển tác vụ.");
        var factory = http.RequestServices.GetService<ISchedulerFactory>();
        if (factory is null || !await OpsJobs.ControlAsync(factory, name, action, ct))
            return Html.Page(Layout.Page(http, "Không thực hiện được", "<p class=\"error\">Không có tác vụ này trên máy chủ hiện tại.</p><p><a href=\"/ops\">Về trang vận hành</a></p>"), StatusCodes.Status404NotFound);
        return Results.Redirect("/ops?m=job");
    }
}

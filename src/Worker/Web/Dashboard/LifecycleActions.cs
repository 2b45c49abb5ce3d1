using System.Security.Claims;
using Syndicator.Storage;
using Syndicator.Worker.Security;
using Syndicator.Worker.Workflow;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>POST handlers for submit ("Gửi duyệt"), withdraw ("Rút tin") and reschedule ("Đổi giờ đăng").</summary>
public static class LifecycleActions
{
    public static async Task<IResult> SubmitAsync(Guid id, HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, PostLifecycle life, CancellationToken ct)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        if (await DashboardScope.PostAsync(id, user, db, ct) is null) return DashboardScope.NotFound(http);
        if (!user.HasAnyRole(Roles.Editor, Roles.Approver)) return DashboardScope.Forbidden(http, "Bạn không có quyền gửi duyệt tin.");
        return Outcome(http, id, await life.SubmitAsync(id, user.ActorName(), ct), "submitted");
    }

    public static async Task<IResult> WithdrawAsync(Guid id, HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, PostLifecycle life, CancellationToken ct)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        if (await DashboardScope.PostAsync(id, user, db, ct) is null) return DashboardScope.NotFound(http);
        if (!user.HasAnyRole(Roles.Approver)) return DashboardScope.Forbidden(http, "Chỉ người duyệt hoặc quản trị mới được rút tin.");
        var note = (await http.Request.ReadFormAsync(ct))["note"].ToString().Trim();
        return Outcome(http, id, await life.WithdrawAsync(id, user.ActorName(), note.Length == 0 ? null : note[..Math.Min(note.Length, 1000)], ct), "withdrawn");
    }

    public static async Task<IResult> RescheduleAsync(Guid id, HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, PostLifecycle life, CancellationToken ct)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        if (await DashboardScope.PostAsync(id, user, db, ct) is null) return DashboardScope.NotFound(http);
        if (!user.HasAnyRole(Roles.Editor, Roles.Approver)) return DashboardScope.Forbidden(http, "Bạn không có quyền đổi giờ đăng.");
        var text = (await http.Request.ReadFormAsync(ct))["scheduled"].ToString();
        if (!LocalDateInput.TryParse(text, out var when))
            return Failure(http, id, "Giờ đăng phải theo dạng ngày/tháng/năm giờ:phút, ví dụ 10/10/2026 08:00.", StatusCodes.Status400BadRequest);
        return Outcome(http, id, await life.RescheduleAsync(id, user.ActorName(), when, ct), "rescheduled");
    }

    private static IResult Outcome(HttpContext http, Guid id, WorkflowResult result, string notice) => result switch
    {
        WorkflowResult.Done => Results.Redirect($"/posts/{id}?m={notice}"),
        WorkflowResult.NotFound => DashboardScope.NotFound(http),
        WorkflowResult.Conflict => Failure(http, id, "Tin đã được người khác thay đổi. Vui lòng tải lại trang.", StatusCodes.Status409Conflict),
        _ => Failure(http, id, "Trạng thái hiện tại của tin không cho phép thao tác này.", StatusCodes.Status409Conflict),
    };

    private static IResult Failure(HttpContext http, Guid id, string message, int status) =>
        Html.Page(Layout.Page(http, "Không thực hiện được", $"<p class=\"error\" role=\"alert\">{Html.E(message)}</p><p><a href=\"/posts/{id}\">Tải lại tin</a></p>"), status);
}

using System.Security.Claims;
using Syndicator.Storage;
using Syndicator.Worker.Security;
using Syndicator.Worker.Workflow;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>The POST handlers of the post page and the queue: approve, reject, edit, bulk approve.</summary>
public static class PostActions
{
    public static async Task<IResult> ApproveAsync(Guid id, HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, PostWorkflow wf, CancellationToken ct) =>
        await DecideAsync(id, http, user, db, ct, (note, version) => wf.ApproveAsync(id, user.ActorName(), note, version, ct), "approved");

    public static async Task<IResult> RejectAsync(Guid id, HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, PostWorkflow wf, CancellationToken ct) =>
        await DecideAsync(id, http, user, db, ct, (note, version) => wf.RejectAsync(id, user.ActorName(), note, version, ct), "rejected");

    public static async Task<IResult> EditAsync(Guid id, HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, PostEditWorkflow edit, CancellationToken ct)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        if (await DashboardScope.PostAsync(id, user, db, ct) is null) return DashboardScope.NotFound(http);
        if (!user.HasAnyRole(Roles.Editor, Roles.Approver)) return DashboardScope.Forbidden(http, "Bạn không có quyền sửa tin.");
        var form = await http.Request.ReadFormAsync(ct);
        var title = form["title"].ToString().Trim();
        var lead = form["lead"].ToString().Trim();
        if (title.Length is 0 or > PostEditWorkflow.MaxTitle || lead.Length > PostEditWorkflow.MaxLead)
            return Failure(http, id, "Tiêu đề không được để trống và không dài quá 300 ký tự; tóm tắt không quá 2000 ký tự.", StatusCodes.Status400BadRequest);
        if (!Guid.TryParse(form["version"], out var version)) return Forms.BadToken();
        return Outcome(http, id, await edit.EditAsync(id, user.ActorName(), title, lead, version, ct), "saved");
    }

    public static async Task<IResult> BulkApproveAsync(HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, PostWorkflow wf, CancellationToken ct)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        if (!user.HasAnyRole(Roles.Approver)) return DashboardScope.Forbidden(http, "Bạn không có quyền duyệt tin.");
        var form = await http.Request.ReadFormAsync(ct);
        var failed = 0;
        foreach (var raw in form["ids"].Distinct().Take(QueuePage.PageSize))
        {
            if (!Guid.TryParse(raw, out var id) || await DashboardScope.PostAsync(id, user, db, ct) is null) { failed++; continue; }
            db.ChangeTracker.Clear();
            if (await wf.ApproveAsync(id, user.ActorName(), "Duyệt hàng loạt", null, ct) != WorkflowResult.Done) failed++;
            db.ChangeTracker.Clear();
        }
        if (failed == 0) return Results.Redirect("/?m=bulk", preserveMethod: false);
        return Html.Page(Layout.Page(http, "Duyệt hàng loạt",
            $"<p class=\"error\">Có {failed} tin không duyệt được (đã thay đổi trạng thái, không thuộc xã của bạn, hoặc xã yêu cầu người thứ hai duyệt).</p><p><a href=\"/\">Về hàng chờ duyệt</a></p>"),
            StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> DecideAsync(Guid id, HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, CancellationToken ct,
        Func<string?, Guid?, Task<WorkflowResult>> decide, string notice)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        if (await DashboardScope.PostAsync(id, user, db, ct) is null) return DashboardScope.NotFound(http);
        if (!user.HasAnyRole(Roles.Approver)) return DashboardScope.Forbidden(http, "Bạn không có quyền duyệt hoặc từ chối tin. Chỉ người duyệt mới được thực hiện.");
        var form = await http.Request.ReadFormAsync(ct);
        var note = form["note"].ToString().Trim();
        Guid? version = Guid.TryParse(form["version"], out var v) ? v : null;
        return Outcome(http, id, await decide(note.Length == 0 ? null : note[..Math.Min(note.Length, 1000)], version), notice);
    }

    private static IResult Outcome(HttpContext http, Guid id, WorkflowResult result, string notice) => result switch
    {
        WorkflowResult.Done => Results.Redirect($"/posts/{id}?m={notice}"),
        WorkflowResult.NotFound => DashboardScope.NotFound(http),
        WorkflowResult.Conflict => Failure(http, id, "Tin đã được người khác thay đổi. Vui lòng tải lại trang.", StatusCodes.Status409Conflict),
        WorkflowResult.SelfApprovalForbidden => DashboardScope.Forbidden(http, "Xã yêu cầu người thứ hai duyệt tin do chính bạn soạn."),
        _ => Failure(http, id, "Trạng thái hiện tại của tin không cho phép thao tác này.", StatusCodes.Status409Conflict),
    };

    private static IResult Failure(HttpContext http, Guid id, string message, int status) =>
        Html.Page(Layout.Page(http, "Không thực hiện được", $"<p class=\"error\" role=\"alert\">{Html.E(message)}</p><p><a href=\"/posts/{id}\">Tải lại tin</a></p>"), status);
}

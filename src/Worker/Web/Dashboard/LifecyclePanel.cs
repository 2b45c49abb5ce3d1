using System.Security.Claims;
using System.Text;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;
using Syndicator.Worker.Workflow;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>The post page's "Gửi duyệt", "Đổi giờ đăng" and "Rút tin" forms, shown only to roles that may use them.</summary>
public static class LifecyclePanel
{
    public static string Render(HttpContext http, ClaimsPrincipal user, Post post)
    {
        var sb = new StringBuilder();
        var canEdit = user.HasAnyRole(Roles.Editor, Roles.Approver);
        if (post.State == PostState.Draft && canEdit)
            sb.Append($"{Forms.Open(http, $"/posts/{post.Id}/submit", "inline")}<button type=\"submit\" class=\"primary\" id=\"btn-submit\">Gửi duyệt</button></form>");
        if (post.State is PostState.Draft or PostState.PendingApproval or PostState.Approved && canEdit)
        {
            sb.Append($"""
                {Forms.Open(http, $"/posts/{post.Id}/reschedule", "inline")}
                <label for="scheduled">Giờ đăng (dd/MM/yyyy HH:mm)</label>
                <input id="scheduled" name="scheduled" type="text" value="{Html.E(LocalDateInput.Show(post.ScheduledFor))}" placeholder="10/10/2026 08:00">
                <button type="submit" id="btn-reschedule">Đổi giờ đăng</button></form>
                """);
        }
        if (PostLifecycle.CanWithdraw(post.State) && user.HasAnyRole(Roles.Approver))
        {
            sb.Append($"""
                {Forms.Open(http, $"/posts/{post.Id}/withdraw", "inline")}
                <input name="note" type="text" maxlength="1000" placeholder="Lý do rút tin" aria-label="Lý do rút tin">
                <button type="submit" id="btn-withdraw">Rút tin</button></form>
                """);
        }
        return sb.Length == 0 ? "" : $"<div class=\"actions\">{sb}</div>";
    }
}

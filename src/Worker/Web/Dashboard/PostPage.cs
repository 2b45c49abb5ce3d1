using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Rendering;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>"/posts/{id}": channel previews, the edit and decision forms, deliveries and the post's audit trail.</summary>
public static class PostPage
{
    public static async Task<IResult> RenderAsync(Guid id, HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, RenderedContentFactory renderer, string? m, CancellationToken ct)
    {
        var post = await DashboardScope.PostAsync(id, user, db, ct);
        if (post is null) return DashboardScope.NotFound(http);
        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == post.CommuneId, ct);
        var theme = await db.Themes.AsNoTracking().SingleOrDefaultAsync(t => t.Key == post.ThemeKey, ct);
        var accounts = await db.ChannelAccounts.AsNoTracking().Where(a => a.CommuneId == post.CommuneId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var entityIds = post.Deliveries.Select(d => d.Id.ToString()).Append(post.Id.ToString()).ToList();
        var audit = await db.AuditEvents.AsNoTracking().Where(a => entityIds.Contains(a.EntityId)).OrderBy(a => a.Id).Take(200).ToListAsync(ct);

        var body = new StringBuilder();
        body.Append($"""
            <p><span class="badge s-{post.State}" id="post-state">{Html.E(Vi.State(post.State))}</span>
            <span class="muted">{Html.E(commune.Name)} · {Html.E(theme?.Name ?? post.ThemeKey)} · Nguồn: {Html.Link(post.SourceUrl, post.SourceName)} · Tạo lúc {Html.E(Vi.Date(post.CreatedAt))}</span></p>
            """);
        if (post.DecidedBy is not null)
            body.Append($"<p class=\"muted\">Quyết định bởi {Html.E(post.DecidedBy)} lúc {Html.E(Vi.Date(post.DecidedAt))}{(post.DecisionNote is null ? "" : " — " + Html.E(post.DecisionNote))}</p>");
        if (post.ScheduledFor is not null) body.Append($"<p class=\"muted\">Giờ đăng mong muốn: {Html.E(Vi.Date(post.ScheduledFor))}</p>");
        body.Append(LifecyclePanel.Render(http, user, post));
        body.Append(Actions(http, user, post));
        body.Append("<h2>Xem trước trên các kênh</h2>");
        body.Append(ChannelPreviews.Render(renderer, post, commune, theme));
        body.Append("<h2>Lượt đăng theo kênh</h2>");
        body.Append(PostTables.Deliveries(post.Deliveries, accounts));
        body.Append("<h2>Nhật ký thao tác</h2>");
        body.Append(PostTables.Audit(audit));
        return Html.Page(Layout.Page(http, post.Title, body.ToString(), Notices.Text(m)));
    }

    private static string Actions(HttpContext http, ClaimsPrincipal user, Post post)
    {
        if (post.State != PostState.PendingApproval && post.State != PostState.Approved) return "";
        var sb = new StringBuilder("<div class=\"grid\">");
        if (post.State == PostState.PendingApproval && user.HasAnyRole(Roles.Editor, Roles.Approver))
        {
            sb.Append($"""
                <section class="panel"><h2>Sửa tin</h2>{Forms.Open(http, $"/posts/{post.Id}/edit", "stack")}
                <input type="hidden" name="version" value="{post.Version}">
                <label for="title">Tiêu đề</label><input id="title" name="title" type="text" maxlength="{PostEditWorkflow.MaxTitle}" required value="{Html.E(post.Title)}">
                <label for="lead">Tóm tắt</label><textarea id="lead" name="lead" maxlength="{PostEditWorkflow.MaxLead}">{Html.E(post.Lead)}</textarea>
                <p><button type="submit">Lưu</button></p></form></section>
                """);
        }
        sb.Append("<section class=\"panel\"><h2>Quyết định</h2>");
        if (!user.HasAnyRole(Roles.Approver)) sb.Append("<p class=\"muted\">Chỉ người duyệt mới được duyệt hoặc từ chối tin.</p>");
        if (post.State == PostState.PendingApproval) sb.Append(Decision(http, post, "approve", "Duyệt", "primary"));
        sb.Append(Decision(http, post, "reject", "Từ chối", ""));
        return sb.Append("</section></div>").ToString();
    }

    private static string Decision(HttpContext http, Post post, string action, string label, string css) => $"""
        {Forms.Open(http, $"/posts/{post.Id}/{action}", "stack")}
        <input type="hidden" name="version" value="{post.Version}">
        <label for="note-{action}">Ghi chú ({Html.E(label.ToLowerInvariant())})</label><textarea id="note-{action}" name="note" maxlength="1000"></textarea>
        <p><button type="submit" class="{css}" id="btn-{action}">{Html.E(label)}</button></p></form>
        """;
}

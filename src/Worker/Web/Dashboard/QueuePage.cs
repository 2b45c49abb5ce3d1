using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>"/": the approval queue of the user's communes, filtered, searchable and paginated, with bulk approve.</summary>
public static class QueuePage
{
    public const int PageSize = 20;

    public static async Task<IResult> RenderAsync(HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, string? state, string? commune, string? q, int? page, string? m, CancellationToken ct)
    {
        var communes = await DashboardScope.CommunesAsync(user, db, ct);
        var ids = communes.Where(c => string.IsNullOrEmpty(commune) || c.Slug == commune).Select(c => c.Id).ToList();
        var stateFilter = ParseState(state);
        var query = db.Posts.AsNoTracking().Where(p => ids.Contains(p.CommuneId));
        if (stateFilter is { } s) query = query.Where(p => p.State == s);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(p => p.Title.ToLower().Contains(q.Trim().ToLower()));
        var total = await query.CountAsync(ct);
        var current = Pager.Clamp(page, total, PageSize);
        var rows = await query.OrderByDescending(p => p.CreatedAt).Skip((current - 1) * PageSize).Take(PageSize)
            .Select(p => new QueueRow(p.Id, p.CommuneId, p.Title, p.ThemeKey, p.SourceName, p.SourceUrl, p.State, p.CreatedAt, p.UpdatedAt,
                db.FeedItems.Where(f => f.Id == p.FeedItemId).Select(f => f.MatchReason).FirstOrDefault()))
            .ToListAsync(ct);
        var themes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Key, t => t.Name, ct);
        var canApprove = user.HasAnyRole(Roles.Approver);
        var body = new StringBuilder();
        body.Append(Filters(communes, state ?? nameof(PostState.PendingApproval), commune, q));
        body.Append($"<p class=\"muted\">{total} tin</p>");
        body.Append(Table(http, rows, communes, themes, canApprove));
        body.Append(Pager.Render("/", current, total, PageSize, ("state", state), ("commune", commune), ("q", q)));
        return Html.Page(Layout.Page(http, "Hàng chờ duyệt", body.ToString(), Notices.Text(m)));
    }

    /// <summary>No filter means pending posts; "all" means every state.</summary>
    public static PostState? ParseState(string? state) =>
        string.IsNullOrEmpty(state) ? PostState.PendingApproval
        : Enum.TryParse<PostState>(state, out var parsed) ? parsed
        : null;

    private static string Filters(List<Commune> communes, string state, string? commune, string? q)
    {
        var states = new StringBuilder($"<option value=\"all\"{(state == "all" ? " selected" : "")}>Tất cả trạng thái</option>");
        foreach (var s in Enum.GetValues<PostState>().Where(s => s != PostState.Draft))
            states.Append($"<option value=\"{s}\"{(state == s.ToString() ? " selected" : "")}>{Html.E(Vi.State(s))}</option>");
        var options = new StringBuilder("<option value=\"\">Tất cả các xã</option>");
        foreach (var c in communes)
            options.Append($"<option value=\"{Html.E(c.Slug)}\"{(c.Slug == commune ? " selected" : "")}>{Html.E(c.Name)}</option>");
        return $"""
            <form method="get" action="/" class="filters" role="search">
              <input id="q" type="search" name="q" aria-label="Tìm theo tiêu đề" placeholder="Tìm theo tiêu đề" value="{Html.E(q)}">
              <select name="state" aria-label="Trạng thái">{states}</select>
              <select name="commune" aria-label="Xã">{options}</select>
              <button type="submit">Lọc</button>
            </form>
            """;
    }

    private static string Table(HttpContext http, List<QueueRow> rows, List<Commune> communes, Dictionary<string, string> themes, bool canApprove)
    {
        if (rows.Count == 0) return "<p>Không có tin nào.</p>";
        var names = communes.ToDictionary(c => c.Id, c => c.Name);
        var sb = new StringBuilder();
        if (canApprove) sb.Append(Forms.Open(http, "/posts/bulk-approve"));
        sb.Append("<div class=\"table-wrap\"><table class=\"cards\" id=\"queue\"><thead><tr>");
        if (canApprove) sb.Append("<th>Chọn</th>");
        sb.Append("<th>Tiêu đề</th><th>Xã</th><th>Chủ đề</th><th>Nguồn tin</th><th>Lý do chọn</th><th>Trạng thái</th><th>Ngày tạo</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            sb.Append("<tr>");
            if (canApprove)
                sb.Append(r.State == PostState.PendingApproval
                    ? $"<td data-label=\"Chọn\"><input type=\"checkbox\" name=\"ids\" value=\"{r.Id}\" aria-label=\"Chọn tin {Html.E(r.Title)}\"></td>"
                    : "<td></td>");
            sb.Append($"<td><a href=\"/posts/{r.Id}\">{Html.E(r.Title)}</a></td>");
            sb.Append($"<td data-label=\"Xã\">{Html.E(names.GetValueOrDefault(r.CommuneId))}</td>");
            sb.Append($"<td data-label=\"Chủ đề\">{Html.E(themes.GetValueOrDefault(r.ThemeKey, r.ThemeKey))}</td>");
            sb.Append($"<td data-label=\"Nguồn tin\">{Html.Link(r.SourceUrl, r.SourceName)}</td>");
            sb.Append($"<td data-label=\"Lý do chọn\"><small>{Html.E(r.MatchReason ?? "—")}</small></td>");
            sb.Append($"<td data-label=\"Trạng thái\"><span class=\"badge s-{r.State}\">{Html.E(Vi.State(r.State))}</span></td>");
            sb.Append($"<td data-label=\"Ngày tạo\">{Html.E(Vi.Date(r.CreatedAt))}</td></tr>");
        }
        sb.Append("</tbody></table></div>");
        if (canApprove) sb.Append("<div class=\"actions\"><button type=\"submit\" class=\"primary\">Duyệt các tin đã chọn</button></div></form>");
        return sb.ToString();
    }
}

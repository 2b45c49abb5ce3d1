using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>"/admin/users": users with their roles and communes, the create form, and per-user access and lock forms.</summary>
public static class UsersPage
{
    public static async Task<IResult> RenderAsync(HttpContext http, ClaimsPrincipal user, UserManager<AppUser> users, SyndicatorDbContext db, string? m, CancellationToken ct) =>
        !user.IsInRole(Roles.Admin)
            ? DashboardScope.Forbidden(http, "Chỉ quản trị viên được quản lý người dùng.")
            : Html.Page(Layout.Page(http, "Người dùng", await BodyAsync(http, user, users, db, null, ct), Notices.Text(m)));

    public static async Task<string> BodyAsync(HttpContext http, ClaimsPrincipal admin, UserManager<AppUser> users, SyndicatorDbContext db, string? error, CancellationToken ct)
    {
        var communes = await ScopeOptionsAsync(admin, db, ct);
        var sb = new StringBuilder();
        if (error is not null) sb.Append($"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>");
        sb.Append("<div class=\"table-wrap\"><table class=\"cards\" id=\"users\"><thead><tr><th>Tài khoản</th><th>Vai trò và xã</th><th>Trạng thái</th></tr></thead><tbody>");
        foreach (var u in await users.Users.OrderBy(u => u.UserName).Take(500).ToListAsync(ct))
        {
            var claims = await users.GetClaimsAsync(u);
            var locked = u.LockoutEnd is { } end && end.Year >= 9000; // locked by this page: lockout end = DateTimeOffset.MaxValue
            sb.Append($"<tr><td data-label=\"Tài khoản\">{Html.E(u.UserName)}</td><td data-label=\"Vai trò và xã\">");
            sb.Append(Forms.Open(http, $"/admin/users/{Html.E(u.Id)}/access", "inline"));
            sb.Append(Checks("roles", Roles.All.Select(r => (r, RoleName(r))), claims.Where(c => c.Type == ClaimTypes.Role).Select(c => c.Value), u.Id));
            sb.Append(Checks("communes", communes, claims.Where(c => c.Type == ScopeClaims.Commune).Select(c => c.Value), u.Id));
            sb.Append("<button type=\"submit\">Lưu quyền</button></form></td>");
            sb.Append($"<td data-label=\"Trạng thái\">{(locked ? "Đã khóa" : "Hoạt động")} {Forms.Open(http, $"/admin/users/{Html.E(u.Id)}/{(locked ? "unlock" : "lock")}", "inline")}");
            sb.Append($"<button type=\"submit\">{(locked ? "Mở khóa" : "Khóa")}</button></form></td></tr>");
        }
        sb.Append("</tbody></table></div><h2>Thêm người dùng</h2>");
        sb.Append(Forms.Open(http, "/admin/users", "stack panel"));
        sb.Append("""
            <label for="userName">Tên đăng nhập</label><input id="userName" name="userName" type="text" maxlength="64" required autocomplete="off">
            <label for="password">Mật khẩu</label><input id="password" name="password" type="password" required autocomplete="new-password">
            """);
        sb.Append(Checks("roles", Roles.All.Select(r => (r, RoleName(r))), [], "new"));
        sb.Append(Checks("communes", communes, [], "new"));
        sb.Append("<p><button type=\"submit\" class=\"primary\" id=\"btn-create-user\">Tạo người dùng</button></p></form>");
        return sb.ToString();
    }

    /// <summary>The communes an admin may hand out: their own, and "*" only if they have it.</summary>
    public static async Task<List<(string Value, string Text)>> ScopeOptionsAsync(ClaimsPrincipal admin, SyndicatorDbContext db, CancellationToken ct)
    {
        var list = (await DashboardScope.CommunesAsync(admin, db, ct)).Select(c => (c.Slug, c.Name)).ToList();
        if (admin.HasClaim(ScopeClaims.Commune, ScopeClaims.AllCommunes)) list.Insert(0, (ScopeClaims.AllCommunes, "Tất cả các xã"));
        return list;
    }

    public static string RoleName(string role) => role switch
    {
        Roles.Editor => "Biên tập",
        Roles.Approver => "Duyệt tin",
        Roles.Ops => "Vận hành",
        Roles.Admin => "Quản trị",
        _ => role,
    };

    private static string Checks(string name, IEnumerable<(string Value, string Text)> options, IEnumerable<string> selected, string id)
    {
        var set = selected.ToHashSet(StringComparer.Ordinal);
        return "<span class=\"checks\">" + string.Concat(options.Select(o =>
            $"<label><input type=\"checkbox\" name=\"{name}\" value=\"{Html.E(o.Value)}\"{(set.Contains(o.Value) ? " checked" : "")} data-user=\"{Html.E(id)}\"> {Html.E(o.Text)}</label> ")) + "</span>";
    }
}

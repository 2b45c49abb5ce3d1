using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>POST handlers of "/admin/users": create, change roles and communes, lock and unlock; each with a "user.*" audit event.</summary>
public static class UserActions
{
    public static async Task<IResult> CreateAsync(HttpContext http, ClaimsPrincipal admin, UserManager<AppUser> users, SyndicatorDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await GuardAsync(http, admin) is { } refused) return refused;
        var form = await http.Request.ReadFormAsync(ct);
        var userName = form["userName"].ToString().Trim();
        var (roles, communes, error) = await AccessAsync(admin, db, form, ct);
        if (error is null && userName.Length is 0 or > 64) error = "Tên đăng nhập không được để trống và không quá 64 ký tự.";
        error ??= await UserAccounts.CreateAsync(users, userName, form["password"].ToString(), roles, communes) is { } reason
            ? "Không tạo được người dùng: " + reason
            : null;
        if (error is not null)
            return Html.Page(Layout.Page(http, "Người dùng", await UsersPage.BodyAsync(http, admin, users, db, error, ct)), StatusCodes.Status400BadRequest);
        var created = await users.FindByNameAsync(userName);
        await AuditAsync(db, clock, admin, "user.created", created!, new { userName, roles, communes }, ct);
        return Results.Redirect("/admin/users?m=user");
    }

    public static async Task<IResult> AccessAsync(string id, HttpContext http, ClaimsPrincipal admin, UserManager<AppUser> users, SyndicatorDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await GuardAsync(http, admin) is { } refused) return refused;
        if (await users.FindByIdAsync(id) is not { } user) return DashboardScope.NotFound(http);
        var (roles, communes, error) = await AccessAsync(admin, db, await http.Request.ReadFormAsync(ct), ct);
        if (error is not null)
            return Html.Page(Layout.Page(http, "Người dùng", await UsersPage.BodyAsync(http, admin, users, db, error, ct)), StatusCodes.Status400BadRequest);
        var old = (await users.GetClaimsAsync(user)).Where(c => c.Type is ClaimTypes.Role or ScopeClaims.Commune).ToList();
        await users.RemoveClaimsAsync(user, old);
        await users.AddClaimsAsync(user, roles.Select(r => new Claim(ClaimTypes.Role, r)).Concat(communes.Select(c => new Claim(ScopeClaims.Commune, c))));
        await users.UpdateSecurityStampAsync(user);
        var before = new { roles = old.Where(c => c.Type == ClaimTypes.Role).Select(c => c.Value), communes = old.Where(c => c.Type == ScopeClaims.Commune).Select(c => c.Value) };
        await AuditAsync(db, clock, admin, "user.access-changed", user, new { before, after = new { roles, communes } }, ct);
        return Results.Redirect("/admin/users?m=user");
    }

    public static Task<IResult> LockAsync(string id, HttpContext http, ClaimsPrincipal admin, UserManager<AppUser> users, SyndicatorDbContext db, TimeProvider clock, CancellationToken ct) =>
        SetLockAsync(id, true, http, admin, users, db, clock, ct);

    public static Task<IResult> UnlockAsync(string id, HttpContext http, ClaimsPrincipal admin, UserManager<AppUser> users, SyndicatorDbContext db, TimeProvider clock, CancellationToken ct) =>
        SetLockAsync(id, false, http, admin, users, db, clock, ct);

    private static async Task<IResult> SetLockAsync(string id, bool locked, HttpContext http, ClaimsPrincipal admin, UserManager<AppUser> users, SyndicatorDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await GuardAsync(http, admin) is { } refused) return refused;
        if (await users.FindByIdAsync(id) is not { } user) return DashboardScope.NotFound(http);
        if (locked && user.UserName == admin.ActorName()) return DashboardScope.Forbidden(http, "Bạn không thể tự khóa tài khoản của mình.");
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (locked) await users.UpdateSecurityStampAsync(user);
        await AuditAsync(db, clock, admin, locked ? "user.locked" : "user.unlocked", user, new { user.UserName, before = !locked, after = locked }, ct);
        return Results.Redirect("/admin/users?m=user");
    }

    private static async Task<IResult?> GuardAsync(HttpContext http, ClaimsPrincipal admin)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        return admin.IsInRole(Roles.Admin) ? null : DashboardScope.Forbidden(http, "Chỉ quản trị viên được quản lý người dùng.");
    }

    private static async Task<(List<string> Roles, List<string> Communes, string? Error)> AccessAsync(ClaimsPrincipal admin, SyndicatorDbContext db, IFormCollection form, CancellationToken ct)
    {
        var roles = form["roles"].Select(r => r ?? "").Distinct().ToList();
        var allowed = (await UsersPage.ScopeOptionsAsync(admin, db, ct)).Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        var communes = form["communes"].Select(c => c ?? "").Distinct().ToList();
        if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r))) return (roles, communes, "Vui lòng chọn ít nhất một vai trò hợp lệ.");
        if (communes.Any(c => !allowed.Contains(c))) return (roles, communes, "Bạn chỉ có thể giao các xã thuộc phạm vi của mình.");
        return (roles, communes, null);
    }

    private static async Task AuditAsync(SyndicatorDbContext db, TimeProvider clock, ClaimsPrincipal admin, string action, AppUser user, object data, CancellationToken ct)
    {
        db.Audit(clock.GetUtcNow(), null, admin.ActorName(), action, nameof(AppUser), Guid.TryParse(user.Id, out var id) ? id : Guid.Empty, data);
        await db.SaveChangesAsync(ct);
    }
}

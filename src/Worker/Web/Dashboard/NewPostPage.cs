using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>"/posts/new": the editor writes a post by hand; it is saved as a draft, then sent for approval.</summary>
public static class NewPostPage
{
    public static async Task<IResult> RenderAsync(HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, CancellationToken ct)
    {
        if (!user.HasAnyRole(Roles.Editor, Roles.Approver)) return DashboardScope.Forbidden(http, "Bạn không có quyền viết tin.");
        return Html.Page(Layout.Page(http, "Viết tin mới", await FormAsync(http, user, db, ManualPostForm.Empty, null, ct)));
    }

    public static async Task<string> FormAsync(HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, ManualPostForm f, string? error, CancellationToken ct)
    {
        var communes = await DashboardScope.CommunesAsync(user, db, ct);
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
        var sb = new StringBuilder();
        if (error is not null) sb.Append($"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>");
        sb.Append(Forms.Open(http, "/posts/new", "stack panel"));
        sb.Append($"""
            <label for="title">Tiêu đề</label><input id="title" name="title" type="text" maxlength="300" required value="{Html.E(f.Title)}">
            <label for="lead">Tóm tắt (sapo)</label><textarea id="lead" name="lead" maxlength="2000">{Html.E(f.Lead)}</textarea>
            <label for="body">Nội dung (mỗi đoạn cách nhau một dòng trống)</label><textarea id="body" name="body" rows="10" maxlength="20000">{Html.E(f.Body)}</textarea>
            <label for="theme">Chủ đề</label><select id="theme" name="theme">{Options(themes.Select(t => (t.Key, t.Name)), f.Theme)}</select>
            <label for="commune">Xã</label><select id="commune" name="commune">{Options(communes.Select(c => (c.Slug, c.Name)), f.Commune)}</select>
            <label for="image">Ảnh minh họa (địa chỉ http/https, không bắt buộc)</label><input id="image" name="image" type="url" value="{Html.E(f.Image)}">
            <label for="scheduled">Giờ đăng mong muốn (dd/MM/yyyy HH:mm, không bắt buộc)</label><input id="scheduled" name="scheduled" type="text" placeholder="10/10/2026 08:00" value="{Html.E(f.Scheduled)}">
            <p><button type="submit" class="primary" id="btn-create">Lưu bản nháp</button></p></form>
            """);
        return sb.ToString();
    }

    private static string Options(IEnumerable<(string Value, string Text)> options, string? selected) =>
        string.Concat(options.Select(o => $"<option value=\"{Html.E(o.Value)}\"{(o.Value == selected ? " selected" : "")}>{Html.E(o.Text)}</option>"));
}

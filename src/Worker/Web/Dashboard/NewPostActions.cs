using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Worker.Composition;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>POST "/posts/new": validates the editor's post server-side and saves it as a draft.</summary>
public static class NewPostActions
{
    public static async Task<IResult> CreateAsync(HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, ManualPostFactory factory, CancellationToken ct)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        if (!user.HasAnyRole(Roles.Editor, Roles.Approver)) return DashboardScope.Forbidden(http, "Bạn không có quyền viết tin.");
        var f = ManualPostForm.From(await http.Request.ReadFormAsync(ct));
        var commune = (await DashboardScope.CommunesAsync(user, db, ct)).SingleOrDefault(c => c.Slug == f.Commune);
        var themeExists = await db.Themes.AnyAsync(t => t.Key == f.Theme, ct);
        var error = Validate(f, commune is not null, themeExists, out var scheduled);
        if (error is not null)
            return Html.Page(Layout.Page(http, "Viết tin mới", await NewPostPage.FormAsync(http, user, db, f, error, ct)), StatusCodes.Status400BadRequest);
        var post = await factory.CreateDraftAsync(
            new ManualPostInput(commune!.Id, f.Theme, f.Title, f.Lead, f.Body, f.Image, scheduled), user.ActorName(), ct);
        return Results.Redirect($"/posts/{post.Id}?m=drafted");
    }

    private static string? Validate(ManualPostForm f, bool communeOk, bool themeOk, out DateTimeOffset? scheduled)
    {
        scheduled = null;
        if (f.Title.Length is 0 or > 300) return "Tiêu đề không được để trống và không dài quá 300 ký tự.";
        if (f.Lead.Length > 2000 || f.Body.Length > 20000) return "Tóm tắt không quá 2000 ký tự; nội dung không quá 20000 ký tự.";
        if (!communeOk) return "Vui lòng chọn một xã bạn phụ trách.";
        if (!themeOk) return "Vui lòng chọn chủ đề.";
        if (f.Image.Length > 0 && !ManualPostFactory.IsHttpUrl(f.Image)) return "Địa chỉ ảnh phải bắt đầu bằng http:// hoặc https://.";
        if (!LocalDateInput.TryParse(f.Scheduled, out scheduled)) return "Giờ đăng phải theo dạng ngày/tháng/năm giờ:phút, ví dụ 10/10/2026 08:00.";
        return null;
    }
}

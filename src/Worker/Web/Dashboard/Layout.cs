using System.Security.Claims;
using System.Text;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>The page shell: header with navigation by role, the logout form, and the content.</summary>
public static class Layout
{
    public static string Page(HttpContext http, string title, string body, string? notice = null)
    {
        var user = http.User;
        var nav = new StringBuilder();
        nav.Append(NavLink(http, "/", "Hàng chờ duyệt"));
        nav.Append(NavLink(http, "/published", "Đã xuất bản"));
        nav.Append(NavLink(http, "/calendar", "Lịch đăng"));
        if (user.HasAnyRole(Roles.Editor, Roles.Approver)) nav.Append(NavLink(http, "/posts/new", "Viết tin"));
        if (user.HasAnyRole(Roles.Ops)) nav.Append(NavLink(http, "/ops", "Vận hành"));
        if (user.IsInRole(Roles.Admin)) nav.Append(NavLink(http, "/admin/users", "Quản trị") + NavLink(http, "/admin/templates", "Mẫu trình bày"));
        var header = $"""
            <header class="top">
              <a class="brand" href="/">Chuyên mục NQ57</a>
              <nav>{nav}</nav>
              <div class="who"><span class="user">{Html.E(user.ActorName())}</span>
              {Forms.Open(http, "/logout", "inline")}<button type="submit" class="link">Đăng xuất</button></form></div>
            </header>
            """;
        var flash = notice is null ? "" : $"<p class=\"notice\" role=\"status\">{Html.E(notice)}</p>";
        return Document(title, header + $"<main><h1>{Html.E(title)}</h1>{flash}{body}</main>");
    }

    /// <summary>A page without navigation (login, errors before login).</summary>
    public static string Bare(string title, string body) =>
        Document(title, $"<main class=\"narrow\"><h1>{Html.E(title)}</h1>{body}</main>");

    private static string NavLink(HttpContext http, string path, string text)
    {
        var current = path == "/" ? http.Request.Path == "/" : http.Request.Path.StartsWithSegments(path);
        return $"<a href=\"{path}\"{(current ? " aria-current=\"page\"" : "")}>{Html.E(text)}</a>";
    }

    private static string Document(string title, string content) => $"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{Html.E(title)} · Syndicator</title>
          <link rel="stylesheet" href="{DashboardStyles.Path}">
        </head>
        <body>
        {content}
        </body>
        </html>
        """;
}

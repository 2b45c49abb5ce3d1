using Microsoft.AspNetCore.Identity;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>The login form (Identity password sign-in with lockout) and logout.</summary>
public static class LoginPages
{
    public static void MapLoginPages(this WebApplication app)
    {
        app.MapGet("/login", (HttpContext http, string? returnUrl) => Html.Page(Form(http, returnUrl, null, null)));
        app.MapPost("/login", LoginAsync);
        app.MapPost("/logout", LogoutAsync);
    }

    private static async Task<IResult> LoginAsync(HttpContext http, SignInManager<AppUser> signIn)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var userName = form["userName"].ToString().Trim();
        var returnUrl = form["returnUrl"].ToString();
        var result = await signIn.PasswordSignInAsync(userName, form["password"].ToString(), isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return Results.Redirect(IsLocal(returnUrl) ? returnUrl : "/");
        var error = result.IsLockedOut
            ? "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : "Tên đăng nhập hoặc mật khẩu không đúng.";
        return Html.Page(Form(http, returnUrl, userName, error), StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, SignInManager<AppUser> signIn)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        await signIn.SignOutAsync();
        return Results.Redirect("/login");
    }

    /// <summary>Only local paths: an open redirect to another site is never followed.</summary>
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static string Form(HttpContext http, string? returnUrl, string? userName, string? error) => Layout.Bare("Đăng nhập", $"""
        <p class="muted">Hệ thống quản lý chuyên mục NQ57 của xã.</p>
        {(error is null ? "" : $"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>")}
        {Forms.Open(http, "/login", "stack")}
          <input type="hidden" name="returnUrl" value="{Html.E(returnUrl)}">
          <label for="userName">Tên đăng nhập</label>
          <input id="userName" name="userName" type="text" autocomplete="username" required value="{Html.E(userName)}">
          <label for="password">Mật khẩu</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <p><button type="submit" class="primary">Đăng nhập</button></p>
        </form>
        """);
}

using Microsoft.AspNetCore.Identity;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web;

public static class AuthApi
{
    public sealed record LoginRequest(string UserName, string Password);

    public static void MapAuthApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/auth");
        group.MapPost("/login", async (LoginRequest body, SignInManager<AppUser> signIn) =>
        {
            var result = await signIn.PasswordSignInAsync(body.UserName, body.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return Results.NoContent();
            return result.IsLockedOut
                ? Results.Problem("Tài khoản tạm bị khóa do đăng nhập sai nhiều lần.", statusCode: StatusCodes.Status423Locked)
                : Results.Problem("Tên đăng nhập hoặc mật khẩu không đúng.", statusCode: StatusCodes.Status401Unauthorized);
        });
        group.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.NoContent();
        });
        group.MapGet("/me", (HttpContext http) => Results.Ok(new
        {
            user = http.User.ActorName(),
            roles = Roles.All.Where(http.User.IsInRole),
            communes = http.User.FindAll(ScopeClaims.Commune).Select(c => c.Value),
        })).RequireAuthorization();
    }
}

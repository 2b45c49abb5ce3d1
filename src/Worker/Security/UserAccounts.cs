using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Security;

/// <summary>Creates users with roles and commune scope (used by the CLI, the demo seeder and the admin UI).</summary>
public static class UserAccounts
{
    /// <returns>null on success, otherwise a readable reason.</returns>
    public static async Task<string?> CreateAsync(UserManager<AppUser> users, string userName, string password, IReadOnlyList<string> roles, IReadOnlyList<string> communes)
    {
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0) return $"unknown role(s): {string.Join(", ", unknown)} (use {string.Join(", ", Roles.All)})";
        var user = new AppUser { UserName = userName, DisplayName = userName, LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) return string.Join("; ", result.Errors.Select(e => e.Description));
        foreach (var role in roles) await users.AddClaimAsync(user, new Claim(ClaimTypes.Role, role));
        foreach (var commune in communes) await users.AddClaimAsync(user, new Claim(ScopeClaims.Commune, commune));
        return null;
    }
}

using System.Security.Claims;

namespace Syndicator.Worker.Security;

/// <summary>Per-commune scope: a user holds one claim per commune slug, or "*" for every commune of the deployment.</summary>
public static class ScopeClaims
{
    public const string Commune = "syndicator:commune";
    public const string AllCommunes = "*";

    public static bool CanAccess(this ClaimsPrincipal user, string communeSlug) =>
        user.FindAll(Commune).Any(c => c.Value == AllCommunes || string.Equals(c.Value, communeSlug, StringComparison.Ordinal));

    public static bool HasAnyRole(this ClaimsPrincipal user, params string[] roles) =>
        user.IsInRole(Roles.Admin) || roles.Any(user.IsInRole);

    public static string ActorName(this ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}

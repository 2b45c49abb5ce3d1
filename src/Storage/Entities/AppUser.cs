using Microsoft.AspNetCore.Identity;

namespace Syndicator.Storage.Entities;

/// <summary>A dashboard/API user. Roles: editor, approver, ops, admin. Communes in scope are claims.</summary>
public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
}

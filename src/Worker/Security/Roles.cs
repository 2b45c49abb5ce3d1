namespace Syndicator.Worker.Security;

/// <summary>The roles the server enforces. Every role is also limited to the communes in the user's scope.</summary>
public static class Roles
{
    public const string Editor = "editor";
    public const string Approver = "approver";
    public const string Ops = "ops";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Editor, Approver, Ops, Admin];
}

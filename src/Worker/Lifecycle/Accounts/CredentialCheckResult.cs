namespace Syndicator.Worker.Lifecycle.Accounts;

/// <summary>What a credential check found: no problems means the account can publish.</summary>
public sealed record CredentialCheckResult(IReadOnlyList<string> Problems)
{
    public bool IsUsable => Problems.Count == 0;

    public static readonly CredentialCheckResult Usable = new([]);

    public static CredentialCheckResult Problem(string problem) => new([problem]);
}

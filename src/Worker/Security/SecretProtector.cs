using Microsoft.AspNetCore.DataProtection;

namespace Syndicator.Worker.Security;

/// <summary>Encrypts channel secrets at rest with ASP.NET Data Protection (keys shared through the database).</summary>
public sealed class SecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Syndicator.ChannelSecrets.v1");

    public string? Protect(string? secret) => string.IsNullOrEmpty(secret) ? null : _protector.Protect(secret);

    public string? Unprotect(string? protectedSecret) =>
        string.IsNullOrEmpty(protectedSecret) ? null : _protector.Unprotect(protectedSecret);
}

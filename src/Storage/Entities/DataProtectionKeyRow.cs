namespace Syndicator.Storage.Entities;

/// <summary>An ASP.NET Data Protection key ring element, shared by every node of a cluster.</summary>
public sealed class DataProtectionKeyRow
{
    public int Id { get; init; }
    public string? FriendlyName { get; init; }
    public required string Xml { get; init; }
}

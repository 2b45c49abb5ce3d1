namespace Syndicator.Storage;

/// <summary>Resolved, validated storage choice.</summary>
public sealed record StorageSettings(StorageProvider Provider, string ConnectionString);

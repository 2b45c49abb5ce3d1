namespace Syndicator.Storage;

public enum StorageProvider
{
    /// <summary>Embedded: one SQLite file, one process.</summary>
    Sqlite,
    /// <summary>Cluster: PostgreSQL shared by any number of processes.</summary>
    Postgres,
}

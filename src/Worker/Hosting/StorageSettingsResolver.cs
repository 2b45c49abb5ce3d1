using Microsoft.Data.Sqlite;
using Npgsql;
using Syndicator.Storage;

namespace Syndicator.Worker.Hosting;

/// <summary>
/// Picks the storage provider: PostgreSQL when <c>ConnectionStrings:Syndicator</c> is set, otherwise an embedded
/// SQLite file under the data directory. Refuses anything it cannot use, naming the setting.
/// </summary>
public static class StorageSettingsResolver
{
    public static StorageSettings Resolve(IConfiguration configuration, string dataDirectory)
    {
        var connectionString = configuration[ConfigKeys.ConnectionString];
        var provider = ParseProvider(configuration[ConfigKeys.Provider], hasConnectionString: !string.IsNullOrWhiteSpace(connectionString));
        if (provider == StorageProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new StartupConfigurationException(ConfigKeys.ConnectionString, "the PostgreSQL provider needs a connection string.");
            return new StorageSettings(provider, ValidatePostgres(connectionString));
        }
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = $"Data Source={Path.Combine(dataDirectory, "syndicator.db")}";
        return new StorageSettings(provider, ValidateSqlite(connectionString));
    }

    private static StorageProvider ParseProvider(string? value, bool hasConnectionString) =>
        value?.Trim().ToLowerInvariant() switch
        {
            null or "" => hasConnectionString ? StorageProvider.Postgres : StorageProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => StorageProvider.Postgres,
            "sqlite" => StorageProvider.Sqlite,
            _ => throw new StartupConfigurationException(ConfigKeys.Provider,
                $"unknown storage provider '{value}'. Use 'sqlite' (embedded) or 'postgres' (cluster)."),
        };

    private static string ValidatePostgres(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
                throw new StartupConfigurationException(ConfigKeys.ConnectionString, "the PostgreSQL connection string has no Host.");
            return builder.ConnectionString;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new StartupConfigurationException(ConfigKeys.ConnectionString,
                $"not a valid PostgreSQL connection string ({ex.Message}). Example: Host=db;Database=syndicator;Username=syndicator;Password=…", ex);
        }
    }

    private static string ValidateSqlite(string connectionString)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            return builder.ConnectionString;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or IOException or UnauthorizedAccessException)
        {
            throw new StartupConfigurationException(ConfigKeys.ConnectionString, $"not a usable SQLite connection string ({ex.Message}).", ex);
        }
    }
}

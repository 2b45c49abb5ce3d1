using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Syndicator.Storage;
using Syndicator.Worker.Demo;

namespace Syndicator.Worker.Hosting;

/// <summary>
/// Runs before the host starts: applies migrations (or checks they are applied), seeds themes and, in embedded
/// mode, the demo. An unreachable database stops start-up with a message naming the setting.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var storage = sp.GetRequiredService<StorageSettings>();
        var db = sp.GetRequiredService<SyndicatorDbContext>();
        try
        {
            await MigrateOrVerifyAsync(db, configuration.GetValue(ConfigKeys.MigrateOnStart, true), cancellationToken);
        }
        catch (Exception ex) when (storage.Provider == StorageProvider.Postgres && IsConnectivity(ex))
        {
            var cs = new NpgsqlConnectionStringBuilder(storage.ConnectionString);
            throw new StartupConfigurationException(ConfigKeys.ConnectionString,
                $"cannot connect to PostgreSQL at {cs.Host}:{cs.Port} (database '{cs.Database}'): {Innermost(ex).Message}", ex);
        }
        await ThemeSeeder.SeedAsync(db, cancellationToken);
        await Syndicator.Worker.Classification.RuleSeeder.SeedAsync(db, cancellationToken);
        var seedDemo = configuration.GetValue("Syndicator:SeedDemo", storage.Provider == StorageProvider.Sqlite);
        if (seedDemo) await sp.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
    }

    public static async Task MigrateOrVerifyAsync(SyndicatorDbContext db, bool migrate, CancellationToken cancellationToken)
    {
        if (migrate)
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            throw new StartupConfigurationException(ConfigKeys.MigrateOnStart,
                $"the database needs {pending.Count} migration(s) ({string.Join(", ", pending)}). Run `syndicator migrate` or set it to true.");
    }

    private static bool IsConnectivity(Exception ex) =>
        Innermost(ex) is SocketException or TimeoutException || ex is NpgsqlException { IsTransient: true } || ex.InnerException is NpgsqlException;

    private static Exception Innermost(Exception ex) => ex.InnerException is null ? ex : Innermost(ex.InnerException);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Syndicator.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the provider's context and exposes it as <see cref="SyndicatorDbContext"/>.</summary>
    public static IServiceCollection AddSyndicatorStorage(this IServiceCollection services, StorageSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == StorageProvider.Postgres)
        {
            services.AddDbContext<PostgresDbContext>(o => o.UseNpgsql(settings.ConnectionString));
            services.AddScoped<SyndicatorDbContext>(sp => sp.GetRequiredService<PostgresDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteDbContext>(o => o.UseSqlite(settings.ConnectionString));
            services.AddScoped<SyndicatorDbContext>(sp => sp.GetRequiredService<SqliteDbContext>());
        }
        return services;
    }
}

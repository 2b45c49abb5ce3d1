using Microsoft.Extensions.Options;
using Syndicator.Storage;
using Syndicator.Worker.Security;
using Syndicator.Worker.Web;

namespace Syndicator.Worker.Hosting;

/// <summary>Builds the one executable's host for a role: web endpoints, jobs, or both.</summary>
public static class ServiceHost
{
    /// <param name="args">Command-line arguments (configuration overrides such as --urls).</param>
    /// <param name="role">What this process does.</param>
    /// <param name="configure">Test hook: extra configuration or service overrides, applied last.</param>
    public static WebApplication Build(string[] args, ServiceRole role, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);

        var paths = DataPaths.From(builder.Configuration);
        var storage = StorageSettingsResolver.Resolve(builder.Configuration, paths.Root);
        var node = NodeIdentity.Create(role);

        builder.Services.AddSingleton(paths);
        builder.Services.AddSingleton(node);
        builder.Services.TryAddSingletonTimeProvider();
        builder.Services.AddOptions<SyndicatorOptions>().Bind(builder.Configuration.GetSection(ConfigKeys.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SyndicatorOptions>, SyndicatorOptionsValidator>();
        builder.Services.AddSyndicatorStorage(storage);
        builder.Services.AddSingleton<Jobs.IJobLocks>(storage.Provider == StorageProvider.Postgres
            ? new Jobs.PostgresJobLocks(storage.ConnectionString)
            : new Jobs.LocalJobLocks());
        builder.Services.AddSyndicatorSecurity(builder.Configuration);
        builder.Services.AddSyndicatorPipeline();
        builder.Services.AddSyndicatorHealthChecks(role);
        Syndicator.Worker.Web.Dashboard.DashboardEndpoints.AddDashboard(builder.Services);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        if (role != ServiceRole.Web) builder.Services.AddSyndicatorJobs(builder.Configuration, storage, node);

        var app = builder.Build();
        app.MapSyndicatorEndpoints(role);
        return app;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}

using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Web;

public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddSyndicatorHealthChecks(this IServiceCollection services, ServiceRole role)
    {
        var checks = services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Ready]);
        if (role != ServiceRole.Web) checks.AddQuartz(o => o.Tags.Add(Ready));
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: the database and (on workers) the scheduler are up.</summary>
    public static void MapSyndicatorHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) });
    }
}

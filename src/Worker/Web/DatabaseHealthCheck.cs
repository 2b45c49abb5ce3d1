using Microsoft.Extensions.Diagnostics.HealthChecks;
using Syndicator.Storage;

namespace Syndicator.Worker.Web;

public sealed class DatabaseHealthCheck(SyndicatorDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("database reachable")
            : HealthCheckResult.Unhealthy("database unreachable");
}

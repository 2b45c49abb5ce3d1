using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Web;

public static class EndpointMapping
{
    /// <summary>Health everywhere; the API, the column feeds and (later) the dashboard only on web nodes.</summary>
    public static WebApplication MapSyndicatorEndpoints(this WebApplication app, ServiceRole role)
    {
        app.MapSyndicatorHealth();
        if (role == ServiceRole.Worker) return app;
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAuthApi();
        app.MapPostsApi();
        app.MapColumnFeeds();
        Dashboard.DashboardEndpoints.MapDashboard(app);
        return app;
    }
}

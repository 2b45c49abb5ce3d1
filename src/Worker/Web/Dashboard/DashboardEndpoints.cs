namespace Syndicator.Worker.Web.Dashboard;

/// <summary>Maps the server-rendered Vietnamese dashboard and sets its security headers.</summary>
public static class DashboardEndpoints
{
    private const string Csp = "default-src 'self'; img-src 'self' https: data:; style-src 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddDashboard(this IServiceCollection services) =>
        services.AddScoped<PostEditWorkflow>();

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/health"))
            {
                http.Response.Headers.ContentSecurityPolicy = Csp;
                http.Response.Headers.XContentTypeOptions = "nosniff";
                http.Response.Headers["Referrer-Policy"] = "same-origin";
            }
            await next(http);
        });
        app.MapGet(DashboardStyles.Path, DashboardStyles.Serve);
        app.MapLoginPages();
        var pages = app.MapGroup("").RequireAuthorization();
        pages.MapGet("/", QueuePage.RenderAsync);
        pages.MapGet("/posts/{id:guid}", PostPage.RenderAsync);
        pages.MapPost("/posts/{id:guid}/approve", PostActions.ApproveAsync);
        pages.MapPost("/posts/{id:guid}/reject", PostActions.RejectAsync);
        pages.MapPost("/posts/{id:guid}/edit", PostActions.EditAsync);
        pages.MapPost("/posts/bulk-approve", PostActions.BulkApproveAsync);
        pages.MapGet("/posts/new", NewPostPage.RenderAsync);
        pages.MapPost("/posts/new", NewPostActions.CreateAsync);
        pages.MapPost("/posts/{id:guid}/submit", LifecycleActions.SubmitAsync);
        pages.MapPost("/posts/{id:guid}/withdraw", LifecycleActions.WithdrawAsync);
        pages.MapPost("/posts/{id:guid}/reschedule", LifecycleActions.RescheduleAsync);
        pages.MapGet("/published", PublishedPage.RenderAsync);
        pages.MapGet("/calendar", CalendarPage.RenderAsync);
        pages.MapGet("/admin/templates", TemplatesPage.RenderAsync);
        pages.MapPost("/admin/templates", TemplateActions.SaveAsync);
        pages.MapGet("/admin/users", UsersPage.RenderAsync);
        pages.MapPost("/admin/users", UserActions.CreateAsync);
        pages.MapPost("/admin/users/{id}/access", UserActions.AccessAsync);
        pages.MapPost("/admin/users/{id}/lock", UserActions.LockAsync);
        pages.MapPost("/admin/users/{id}/unlock", UserActions.UnlockAsync);
        pages.MapGet("/ops", OpsPage.RenderAsync);
        pages.MapPost("/ops/deliveries/{id:guid}/retry", OpsActions.RetryAsync);
        pages.MapPost("/ops/jobs/{name}/{action}", OpsActions.JobAsync);
        return app;
    }
}

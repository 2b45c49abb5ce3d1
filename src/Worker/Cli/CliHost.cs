using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Cli;

/// <summary>Builds the service's container (no web server, no jobs) for an operator command, with quiet logging.</summary>
public static class CliHost
{
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> command, CancellationToken cancellationToken, bool initialize = true)
    {
        await using var app = ServiceHost.Build([], ServiceRole.Web, b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        if (initialize) await DatabaseInitializer.InitializeAsync(app.Services, app.Configuration, cancellationToken);
        using var scope = app.Services.CreateScope();
        return await command(scope.ServiceProvider, cancellationToken);
    }
}

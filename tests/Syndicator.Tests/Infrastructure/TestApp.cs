using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Worker.Hosting;

namespace Syndicator.Tests.Infrastructure;

/// <summary>
/// The real service host on real Kestrel (127.0.0.1, free port), on PostgreSQL or a temporary SQLite file.
/// Jobs do not run unless the role asks for them; tests drive the pipeline services directly.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApp(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
    }

    public IServiceProvider Services => _app.Services;
    public string DataDirectory { get; }
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static async Task<TestApp> StartAsync(
        string? postgres, TimeProvider? clock = null, ServiceRole role = ServiceRole.Web, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("syndicator-test-").FullName;
        var config = new Dictionary<string, string?>
        {
            ["Syndicator:DataDirectory"] = dataDirectory,
            ["Syndicator:SeedDemo"] = "false",
            ["ConnectionStrings:Syndicator"] = postgres,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        var app = ServiceHost.Build([], role, b =>
        {
            b.WebHost.UseUrls("http://127.0.0.1:0");
            b.Configuration.AddInMemoryCollection(config);
            if (clock is not null) b.Services.AddSingleton(clock);
            services?.Invoke(b.Services);
        });
        await DatabaseInitializer.InitializeAsync(app.Services, app.Configuration, CancellationToken.None);
        await app.StartAsync();
        var test = new TestApp(app, dataDirectory);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        test.BaseAddress = new Uri(address);
        return test;
    }

    public AsyncServiceScope Scope() => _app.Services.CreateAsyncScope();

    public HttpClient Client() => new(new HttpClientHandler { UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}

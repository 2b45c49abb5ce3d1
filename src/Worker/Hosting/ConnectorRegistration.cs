using Syndicator.Connectors.Facebook;
using Syndicator.Connectors.Outbox;
using Syndicator.Connectors.Portal;
using Syndicator.Connectors.Publishing;
using Syndicator.Connectors.Radio;
using Syndicator.Connectors.Zalo;

namespace Syndicator.Worker.Hosting;

/// <summary>Every publishing connector, each with its own HTTP client. Connectors never retry; the scheduler does.</summary>
public static class ConnectorRegistration
{
    private static readonly TimeSpan ApiTimeout = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddSyndicatorConnectors(this IServiceCollection services)
    {
        foreach (var name in new[] { "wordpress", "webhook", "facebook", "zalo" })
        {
            services.AddHttpClient(name, c =>
            {
                c.Timeout = ApiTimeout;
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Syndicator/1.0");
            });
        }
        services.AddSingleton<IChannelConnector>(sp => new OutboxConnector(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IChannelConnector>(sp => new RadioConnector(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IChannelConnector>(sp => new WordPressConnector(Client(sp, "wordpress"), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IChannelConnector>(sp => new WebhookConnector(Client(sp, "webhook"), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IChannelConnector>(sp => new FacebookConnector(Client(sp, "facebook"), sp.GetRequiredService<TimeProvider>()));
        // One instance per process so concurrent token refreshes for one OA share a single call.
        services.AddSingleton<IChannelConnector>(sp => new ZaloConnector(Client(sp, "zalo"), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static HttpClient Client(IServiceProvider sp, string name) => sp.GetRequiredService<IHttpClientFactory>().CreateClient(name);
}

using Syndicator.Connectors.Fetching;
using Syndicator.Worker.Classification;
using Syndicator.Worker.Composition;
using Syndicator.Worker.Ingestion;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Rendering;
using Syndicator.Worker.Workflow;

namespace Syndicator.Worker.Hosting;

public static class PipelineRegistration
{
    public static IServiceCollection AddSyndicatorPipeline(this IServiceCollection services)
    {
        services.AddHttpClient(nameof(HttpFeedFetcher)).ConfigurePrimaryHttpMessageHandler(HttpFeedFetcher.CreateHandler);
        services.AddSingleton<IFeedFetcher>(sp => new HttpFeedFetcher(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(HttpFeedFetcher)),
            new FetcherOptions { AllowFileScheme = true, AllowedFileRoot = DataPaths.DemoFeeds, TimeProvider = sp.GetRequiredService<TimeProvider>() }));
        services.AddSingleton(new RelevanceClassifier(DefaultRules.All));
        services.AddScoped<ItemStore>();
        services.AddScoped<SourcePoller>();
        services.AddScoped<PostWorkflow>();
        services.AddSingleton<Scheduling.IDeliveryScheduler, Scheduling.ImmediateScheduler>();
        services.AddScoped<PostComposer>();
        services.AddSingleton(new ChannelRenderer());
        services.AddSingleton<IDeliveryContentFactory, RenderedContentFactory>();
        services.AddSingleton<AccountContextFactory>();
        services.AddSyndicatorConnectors();
        services.AddSingleton<ConnectorRegistry>();
        services.AddScoped<DeliveryPublisher>();
        services.AddScoped<StrandedWorkSweeper>();
        services.AddScoped<Demo.DemoSeeder>();
        return services;
    }
}

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
            FetcherOptionsFor(sp)));
        services.AddOptions<ClassificationOptions>().BindConfiguration("Syndicator:Classification");
        services.AddSingleton<RuleCache>();
        services.AddScoped<RuleBook>();
        services.AddScoped<RuleApplier>();
        services.AddScoped<ItemStore>();
        services.AddScoped<SourcePoller>();
        services.AddScoped<PostWorkflow>();
        services.AddScoped<Scheduling.IDeliveryScheduler, Scheduling.ChannelScheduler>();
        services.AddSingleton<Lifecycle.Accounts.ChannelCredentialChecker>();
        services.AddScoped<Lifecycle.Accounts.ChannelAccountAdmin>();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<SyndicatorOptions>, Lifecycle.LifecycleWebhookOptionsValidator>();
        services.AddHttpClient(Lifecycle.LifecycleWebhookSender.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<Lifecycle.LifecycleWebhookSender>();
        services.AddScoped<PostComposer>();
        services.AddScoped<CadenceComposer>();
        services.AddScoped<CadencePostBuilder>();
        services.AddScoped<ManualPostFactory>();
        services.AddScoped<PostLifecycle>();
        services.AddScoped<Campaigns.CampaignPlanner>();
        services.AddOptions<Campaigns.CampaignOptions>().Configure<IConfiguration>((o, cfg) =>
            o.Days = cfg.GetSection(Campaigns.CampaignOptions.Section).Get<List<Campaigns.CampaignDay>>() ?? Campaigns.CampaignOptions.Defaults());
        services.AddSingleton(new ChannelRenderer());
        services.AddSingleton<RenderedContentFactory>();
        services.AddSingleton<IDeliveryContentFactory>(sp => sp.GetRequiredService<RenderedContentFactory>());
        services.AddSingleton<AccountContextFactory>();
        services.AddSyndicatorConnectors();
        services.AddSingleton<ConnectorRegistry>();
        services.AddScoped<DeliveryPublisher>();
        services.AddScoped<StrandedWorkSweeper>();
        services.AddScoped<Demo.DemoSeeder>();
        return services;
    }

    private static FetcherOptions FetcherOptionsFor(IServiceProvider sp)
    {
        var fetching = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SyndicatorOptions>>().Value.Fetching;
        return new FetcherOptions
        {
            Timeout = fetching.Timeout,
            IdleTimeout = fetching.IdleTimeout,
            AllowFileScheme = true,
            AllowedFileRoot = DataPaths.DemoFeeds,
            TimeProvider = sp.GetRequiredService<TimeProvider>(),
        };
    }
}

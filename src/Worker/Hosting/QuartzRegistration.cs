using Quartz;
using Syndicator.Storage;
using Syndicator.Worker.Jobs;

namespace Syndicator.Worker.Hosting;

/// <summary>
/// Quartz in memory for the embedded mode; the clustered ADO store on the same PostgreSQL database for a cluster,
/// so each recurring fire runs on exactly one node and a dead node's work fails over.
/// </summary>
public static class QuartzRegistration
{
    public static IServiceCollection AddSyndicatorJobs(
        this IServiceCollection services, IConfiguration configuration, StorageSettings storage, NodeIdentity node)
    {
        var jobs = new JobsOptions();
        configuration.GetSection($"{ConfigKeys.Section}:Jobs").Bind(jobs);
        services.AddQuartz(q =>
        {
            ConfigureStore(q, storage, node.Name);
            AddRecurring<PollSourcesJob>(q, JobNames.PollSources, jobs.PollSourcesEvery);
            AddRecurring<ComposeJob>(q, JobNames.Compose, jobs.ComposeEvery);
            AddRecurring<PublishDueJob>(q, JobNames.PublishDue, jobs.PublishEvery);
            AddRecurring<SweepJob>(q, JobNames.Sweep, jobs.SweepEvery);
            AddRecurring<CampaignJob>(q, CampaignJob.Name, TimeSpan.FromHours(1));
            AddRecurring<ApprovalExpiryJob>(q, ApprovalExpiryJob.Name, TimeSpan.FromMinutes(1));
            AddRecurring<Lifecycle.LifecycleWebhooksJob>(q, Lifecycle.LifecycleWebhooksJob.Name,
                configuration.GetSection(Lifecycle.LifecycleWebhookOptions.Section).Get<Lifecycle.LifecycleWebhookOptions>()?.Every ?? TimeSpan.FromSeconds(30));
            q.AddJob<Reports.SemiAnnualReportJob>(j => j.WithIdentity(Reports.SemiAnnualReportJob.Name).StoreDurably());
            q.AddTrigger(t => t.ForJob(Reports.SemiAnnualReportJob.Name).WithIdentity($"{Reports.SemiAnnualReportJob.Name}-trigger")
                .WithCronSchedule(Reports.SemiAnnualReportJob.Cron, c => c.InTimeZone(Reports.ReportPeriod.Vietnam)));
            q.AddJobListener<JobRunRecorder>();
            q.AddTriggerListener<ExclusiveJobGuard>();
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>The scheduler and its store; shared by production and the cluster test so both prove the same setup.</summary>
    public static void ConfigureStore(IQuartzBuilder q, StorageSettings storage, string instanceId)
    {
        q.ConfigureScheduler(o =>
        {
            o.InstanceName = "syndicator";
            o.InstanceId = instanceId;
        });
        q.UseDefaultThreadPool(4);
        if (storage.Provider == StorageProvider.Postgres) q.UsePersistentStore(s => UseCluster(s, storage.ConnectionString));
        else q.UseInMemoryStore();
        // Without this every starting node would replace the declared jobs and triggers.
        q.ConfigureOptions<QuartzOptions>(o => o.Scheduling.IgnoreDuplicates = true);
    }

    public static void AddRecurring<TJob>(IQuartzBuilder q, string name, TimeSpan every) where TJob : IJob
    {
        q.AddJob<TJob>(j => j.WithIdentity(name).StoreDurably());
        q.AddTrigger(t => t.ForJob(name).WithIdentity($"{name}-trigger").StartNow()
            .WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()));
    }

    private static void UseCluster(IPersistentStoreBuilder s, string connectionString)
    {
        s.UsePostgres(connectionString);
        s.UseSystemTextJsonSerializer();
        s.UseClustering(c =>
        {
            c.CheckinInterval = TimeSpan.FromSeconds(5);
            c.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
        });
        s.ProvisionSchema();
    }
}

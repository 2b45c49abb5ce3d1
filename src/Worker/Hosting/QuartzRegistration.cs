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
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "syndicator";
                o.InstanceId = node.Name;
            });
            q.UseDefaultThreadPool(4);
            if (storage.Provider == StorageProvider.Postgres) q.UsePersistentStore(s =>
            {
                s.UsePostgres(storage.ConnectionString);
                s.UseSystemTextJsonSerializer();
                s.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromSeconds(5);
                    c.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                });
                s.ProvisionSchema();
            });
            else q.UseInMemoryStore();
            q.ConfigureOptions<QuartzOptions>(o => o.Scheduling.IgnoreDuplicates = true);

            void AddRecurring<TJob>(string name, TimeSpan every) where TJob : IJob
            {
                q.AddJob<TJob>(j => j.WithIdentity(name).StoreDurably());
                q.AddTrigger(t => t.ForJob(name).WithIdentity($"{name}-trigger").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()));
            }

            AddRecurring<PollSourcesJob>(JobNames.PollSources, jobs.PollSourcesEvery);
            AddRecurring<ComposeJob>(JobNames.Compose, jobs.ComposeEvery);
            AddRecurring<PublishDueJob>(JobNames.PublishDue, jobs.PublishEvery);
            AddRecurring<SweepJob>(JobNames.Sweep, jobs.SweepEvery);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}

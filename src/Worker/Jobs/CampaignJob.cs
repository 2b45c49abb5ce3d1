using Quartz;
using Syndicator.Worker.Campaigns;

namespace Syndicator.Worker.Jobs;

/// <summary>Creates observance-day campaign posts ahead of time; idempotent, so it may run more often than daily.</summary>
[ExclusiveJob]
public sealed class CampaignJob(CampaignPlanner planner) : IJob
{
    public const string Name = "plan-campaigns";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await planner.PlanAsync(cancellationToken);
}

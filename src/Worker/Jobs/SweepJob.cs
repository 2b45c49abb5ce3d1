using Quartz;
using Syndicator.Worker.Publishing;

namespace Syndicator.Worker.Jobs;

/// <summary>Re-finds work no node holds any more (a worker killed mid-publish) so nothing approved is stranded.</summary>

public sealed class SweepJob(StrandedWorkSweeper sweeper) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await sweeper.SweepAsync(cancellationToken);
}

using Quartz;
using Syndicator.Worker.Ingestion;

namespace Syndicator.Worker.Jobs;

[ExclusiveJob]
public sealed class PollSourcesJob(SourcePoller poller) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await poller.PollDueAsync(cancellationToken);
}

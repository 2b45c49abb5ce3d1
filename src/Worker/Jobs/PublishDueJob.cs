using Quartz;
using Syndicator.Worker.Publishing;

namespace Syndicator.Worker.Jobs;

/// <summary>Claims due deliveries (a database lease, so two nodes never take the same one) and publishes them.</summary>

public sealed class PublishDueJob(DeliveryPublisher publisher) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await publisher.PublishDueAsync(cancellationToken);
}

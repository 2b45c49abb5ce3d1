using Quartz;

using Syndicator.Worker.Jobs;

namespace Syndicator.Worker.Lifecycle;

/// <summary>Recurring job <c>lifecycle-webhooks</c>: sends new audit events to the configured subscribers.</summary>
[ExclusiveJob]
public sealed class LifecycleWebhooksJob(LifecycleWebhookSender sender) : IJob
{
    public const string Name = "lifecycle-webhooks";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await sender.SendAsync(cancellationToken);
}

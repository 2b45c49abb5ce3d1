using Quartz;
using Syndicator.Worker.Workflow;

namespace Syndicator.Worker.Jobs;

/// <summary>Withdraws posts still pending approval after their chosen publishing time.</summary>
[ExclusiveJob]
public sealed class ApprovalExpiryJob(PostLifecycle lifecycle) : IJob
{
    public const string Name = "expire-unapproved-posts";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await lifecycle.ExpireAsync(cancellationToken);
}

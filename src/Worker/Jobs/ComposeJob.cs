using Quartz;
using Syndicator.Worker.Composition;

namespace Syndicator.Worker.Jobs;

[ExclusiveJob]
public sealed class ComposeJob(PostComposer composer) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await composer.ComposeAsync(cancellationToken);
}

using Syndicator.Worker.Hosting;
using Syndicator.Worker.Publishing;

namespace Syndicator.Tests.Unit.Workflow;

public sealed class RetryPolicyTests
{
    private static readonly PublishingOptions Options = new() { FirstRetryAfter = TimeSpan.FromSeconds(30), MaxRetryAfter = TimeSpan.FromHours(2) };

    [Theory]
    [InlineData(1, 24, 36)]
    [InlineData(2, 48, 72)]
    [InlineData(4, 192, 288)]
    [InlineData(30, 5760, 8640)]
    public void NextDelay_attempt_growsExponentiallyWithinJitterAndCap(int attempt, double minSeconds, double maxSeconds)
    {
        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var delay = RetryPolicy.NextDelay(attempt, Options, null, random).TotalSeconds;
            Assert.InRange(delay, minSeconds, maxSeconds);
        }
    }

    [Fact]
    public void NextDelay_serverAskedForLonger_waitsAsAsked()
    {
        var delay = RetryPolicy.NextDelay(1, Options, TimeSpan.FromMinutes(15), new Random(1));
        Assert.Equal(TimeSpan.FromMinutes(15), delay);
    }
}

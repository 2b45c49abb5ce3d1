using Syndicator.Connectors.Publishing;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Hosting;
using Syndicator.Worker.Publishing;

namespace Syndicator.Tests.Unit.Scheduling;

/// <summary>Retries honour the account's publishing window.</summary>
public sealed class RetryWindowTests
{
    private static readonly PublishingOptions Options = new() { FirstRetryAfter = TimeSpan.FromMinutes(10), MaxRetryAfter = TimeSpan.FromHours(2) };

    [Fact]
    public void Apply_retryAfterWindowCloses_movesToNextOpening()
    {
        var (delivery, account) = Make("""{"windowStart":"07:00","windowEnd":"21:00"}""");
        var now = SlotFinderTests.Local(2026, 3, 10, 20, 55);

        OutcomeApplier.Apply(delivery, account, new PublishOutcome.Failed(FailureKind.Transient, "HTTP 503", TimeSpan.FromMinutes(30)), now, Options, new Random(1));

        Assert.Equal(DeliveryState.Scheduled, delivery.State);
        Assert.Equal(SlotFinderTests.Local(2026, 3, 11, 7, 0), delivery.DueAt);
    }

    [Fact]
    public void Apply_retryInsideWindow_keepsTheBackOff()
    {
        var (delivery, account) = Make("""{"windowStart":"07:00","windowEnd":"21:00"}""");
        var now = SlotFinderTests.Local(2026, 3, 10, 10, 0);

        OutcomeApplier.Apply(delivery, account, new PublishOutcome.Failed(FailureKind.RateLimited, "429", TimeSpan.FromMinutes(30)), now, Options, new Random(1));

        Assert.Equal(now + TimeSpan.FromMinutes(30), delivery.DueAt);
    }

    private static (Delivery, ChannelAccount) Make(string settings) =>
        (new Delivery { Channel = "facebook", Key = "k", State = DeliveryState.InProgress, Attempts = 1 },
         new ChannelAccount { Kind = "facebook", Name = "Fanpage", SettingsJson = settings });
}

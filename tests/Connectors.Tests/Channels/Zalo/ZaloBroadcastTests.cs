using Syndicator.Connectors.Publishing;
using Syndicator.Connectors.Tests.Channels.Fakes;
using Syndicator.Connectors.Zalo;

namespace Syndicator.Connectors.Tests.Channels.Zalo;

public sealed class ZaloBroadcastTests : IAsyncLifetime
{
    private static readonly DateTimeOffset NineAmVietnam = new(2026, 10, 10, 2, 0, 0, TimeSpan.Zero);
    private readonly HttpClient http = TestHttp.Create();
    private readonly ManualTimeProvider time = new(NineAmVietnam);
    private FakeZaloApi fake = null!;
    private ZaloConnector connector = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeZaloApi.StartAsync();
        connector = new ZaloConnector(http, time, new ZaloOptions { VerifyDelay = TimeSpan.Zero });
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Publish_with_broadcast_inside_window_broadcasts_article_once()
    {
        var delivery = Delivery("zb-0001");

        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));
        await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(published.ExternalId, Assert.Single(fake.Broadcasts));
        Assert.Equal($"msg-{published.ExternalId}", delivery.Checkpoints[ZaloCheckpoints.MessageId]);
    }

    [Fact]
    public async Task Publish_with_broadcast_at_night_waits_for_window_and_then_broadcasts_without_second_article()
    {
        time.Now = new DateTimeOffset(2026, 10, 10, 22, 30, 0, TimeSpan.FromHours(7));
        var delivery = Delivery("zb-0002");

        var waiting = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));
        time.Now = new DateTimeOffset(2026, 10, 11, 7, 5, 0, TimeSpan.FromHours(7));
        var published = await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal((FailureKind.RateLimited, new TimeSpan(8, 30, 0)), (waiting.Kind, waiting.RetryAfter));
        Assert.IsType<PublishOutcome.Published>(published);
        Assert.Equal((1, 1), (fake.CreatedCount, fake.Broadcasts.Count));
    }

    [Fact]
    public async Task Publish_when_broadcast_quota_is_used_up_is_quota_exhausted_and_may_be_retried_later()
    {
        fake.Inject(FakeZaloApi.Broadcast, new FakeFault(200, FakeZaloApi.Envelope(-211, "Out of quota")));
        var delivery = Delivery("zb-0003");

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));
        var retried = await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(FailureKind.QuotaExhausted, failed.Kind);
        Assert.IsType<PublishOutcome.Published>(retried);
        Assert.Equal((1, 1), (fake.CreatedCount, fake.Broadcasts.Count));
    }

    [Fact]
    public async Task Publish_when_broadcast_times_out_is_ambiguous_and_never_resent()
    {
        fake.Inject(FakeZaloApi.Broadcast, FakeFault.TimeoutAfterStore(TimeSpan.FromSeconds(10)));
        var delivery = Delivery("zb-0004");

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));
        var reconciled = await connector.ReconcileAsync(delivery.Request(), CancellationToken.None);
        var rerun = await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(FailureKind.Ambiguous, failed.Kind);
        Assert.Contains("will not be re-sent", failed.Detail);
        Assert.NotNull(reconciled);
        Assert.IsType<PublishOutcome.Published>(rerun);
        Assert.Single(fake.Broadcasts);
    }

    [Fact]
    public async Task Reconcile_when_article_exists_but_broadcast_owed_checkpoints_it_and_returns_null()
    {
        fake.Inject(FakeZaloApi.Create, FakeFault.TimeoutAfterStore(TimeSpan.FromSeconds(10)));
        var delivery = Delivery("zb-0005");
        await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        var reconciled = await connector.ReconcileAsync(delivery.Request(), CancellationToken.None);
        var retried = await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Null(reconciled);
        Assert.Equal(fake.Articles.Single().Id, delivery.Checkpoints[ZaloCheckpoints.ArticleId]);
        Assert.IsType<PublishOutcome.Published>(retried);
        Assert.Equal((1, 1), (fake.CreatedCount, fake.Broadcasts.Count));
    }

    private TestDelivery Delivery(string key)
    {
        var (access, refresh) = fake.IssueTokens();
        var tokens = new ZaloTokenSet(access, refresh, time.Now.AddHours(20), fake.AppSecret);
        var delivery = new TestDelivery(key, TestDelivery.SampleContent(key)) { Secret = tokens.ToJson() };
        delivery.Settings[ZaloSettings.AppId] = fake.AppId;
        delivery.Settings[ZaloSettings.ApiBaseUrl] = fake.BaseAddress.ToString();
        delivery.Settings[ZaloSettings.OAuthBaseUrl] = fake.BaseAddress.ToString();
        delivery.Settings[ZaloSettings.Broadcast] = "true";
        return delivery;
    }
}

using Syndicator.Connectors.Portal;
using Syndicator.Connectors.Publishing;
using Syndicator.Connectors.Tests.Channels.Fakes;

namespace Syndicator.Connectors.Tests.Channels.Portal;

public sealed class WebhookConnectorTests : IAsyncLifetime
{
    private readonly HttpClient http = TestHttp.Create();
    private readonly ManualTimeProvider time = new(new DateTimeOffset(2026, 5, 18, 1, 0, 0, TimeSpan.Zero));
    private FakeWebhookReceiver fake = null!;
    private WebhookConnector connector = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeWebhookReceiver.StartAsync();
        connector = new WebhookConnector(http, time);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Publish_sends_signed_payload_that_receiver_verifies_and_stores()
    {
        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(Delivery("wh-0001").Request(), CancellationToken.None));

        var body = Assert.Single(fake.Posts).Value;
        Assert.Equal(("p-1", $"{fake.BaseAddress}bai-viet/p-1"), (published.ExternalId, published.Url));
        Assert.Equal("wh-0001", (string?)body["deliveryKey"]);
        Assert.Equal("Xã Tân Hòa đưa dịch vụ công trực tuyến đến từng hộ dân", (string?)body["title"]);
        Assert.Equal(time.Now, (DateTimeOffset?)body["publishedAt"]);
    }

    [Fact]
    public async Task Publish_with_wrong_secret_is_unauthorized()
    {
        var delivery = Delivery("wh-0002");
        delivery.Secret = "not-the-shared-secret";

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        Assert.Equal(FailureKind.Unauthorized, failed.Kind);
        Assert.Equal(0, fake.CreatedCount);
    }

    [Fact]
    public async Task Publish_when_receiver_times_out_after_storing_is_ambiguous_and_reconcile_finds_it()
    {
        fake.Inject(FakeWebhookReceiver.Deliver, FakeFault.TimeoutAfterStore(TimeSpan.FromSeconds(10)));
        var delivery = Delivery("wh-0003");

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));
        var reconciled = await connector.ReconcileAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(FailureKind.Ambiguous, failed.Kind);
        Assert.Equal("p-1", reconciled?.ExternalId);
        Assert.Equal(1, fake.CreatedCount);
    }

    [Fact]
    public async Task Publish_retry_after_5xx_is_deduplicated_by_receiver()
    {
        fake.Inject(FakeWebhookReceiver.Deliver, FakeFault.Html(502) with { AfterStore = true });
        var delivery = Delivery("wh-0004");

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));
        var retried = await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(FailureKind.Ambiguous, failed.Kind);
        Assert.IsType<PublishOutcome.Published>(retried);
        Assert.Equal((1, 2), (fake.CreatedCount, fake.Attempts));
    }

    [Fact]
    public async Task Publish_when_receiver_throttles_is_rate_limited_with_retry_after()
    {
        fake.Inject(FakeWebhookReceiver.Deliver, new FakeFault(429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "30" } });

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(Delivery("wh-0005").Request(), CancellationToken.None));

        Assert.Equal((FailureKind.RateLimited, TimeSpan.FromSeconds(30)), (failed.Kind, failed.RetryAfter));
    }

    [Fact]
    public async Task Publish_when_receiver_refuses_content_is_rejected_with_its_message()
    {
        fake.Inject(FakeWebhookReceiver.Deliver, new FakeFault(422, "{\"error\":\"title too long\"}"));

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(Delivery("wh-0006").Request(), CancellationToken.None));

        Assert.Equal(FailureKind.Rejected, failed.Kind);
        Assert.Contains("title too long", failed.Detail);
    }

    [Fact]
    public async Task Reconcile_without_lookup_url_returns_null()
    {
        var delivery = Delivery("wh-0007");
        delivery.Settings.Remove(WebhookSettings.LookupUrl);

        Assert.Null(await connector.ReconcileAsync(delivery.Request(), CancellationToken.None));
    }

    [Theory]
    [InlineData(401, FailureKind.Unauthorized)]
    [InlineData(403, FailureKind.Unauthorized)]
    [InlineData(400, FailureKind.Rejected)]
    [InlineData(404, FailureKind.Rejected)]
    [InlineData(409, FailureKind.Rejected)]
    [InlineData(422, FailureKind.Rejected)]
    [InlineData(429, FailureKind.RateLimited)]
    [InlineData(408, FailureKind.Ambiguous)]
    [InlineData(500, FailureKind.Ambiguous)]
    [InlineData(502, FailureKind.Ambiguous)]
    [InlineData(503, FailureKind.Ambiguous)]
    public void Classify_maps_status_to_kind(int status, FailureKind expected)
    {
        Assert.Equal(expected, WebhookErrorClassifier.Classify(status, "body", null).Kind);
    }

    private TestDelivery Delivery(string key)
    {
        var delivery = new TestDelivery(key, TestDelivery.SampleContent(key)) { Secret = fake.Secret };
        delivery.Settings[WebhookSettings.Url] = fake.HookUrl.ToString();
        delivery.Settings[WebhookSettings.LookupUrl] = fake.LookupUrl.ToString();
        return delivery;
    }
}

using Syndicator.Connectors.Facebook;
using Syndicator.Connectors.Publishing;
using Syndicator.Connectors.Tests.Channels.Fakes;

namespace Syndicator.Connectors.Tests.Channels.Facebook;

public sealed class FacebookConnectorTests : IAsyncLifetime
{
    private readonly HttpClient http = TestHttp.Create();
    private readonly ManualTimeProvider time = new(new DateTimeOffset(2026, 10, 10, 1, 0, 0, TimeSpan.Zero));
    private FakeGraphApi fake = null!;
    private FacebookConnector connector = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeGraphApi.StartAsync();
        connector = new FacebookConnector(http, time);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Publish_link_post_creates_one_feed_post_ending_with_marker()
    {
        var delivery = Delivery("fb-0001");

        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        var post = Assert.Single(fake.Posts);
        Assert.Equal(post.Id, published.ExternalId);
        Assert.Equal("https://www.facebook.com/" + post.Id, published.Url);
        Assert.Equal(delivery.Content.Link, post.Link);
        Assert.StartsWith(delivery.Content.Text, post.Message);
        Assert.EndsWith(FacebookMarker.Line("fb-0001"), post.Message);
    }

    [Fact]
    public async Task Publish_image_without_link_uses_photos_edge_and_returns_post_id()
    {
        var delivery = Delivery("fb-0002");
        delivery.Content = delivery.Content with { Link = null, ImageUrl = "https://example.org/cover.jpg" };

        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        var post = Assert.Single(fake.Posts);
        Assert.Equal(("https://example.org/cover.jpg", post.Id), (post.PhotoUrl, published.ExternalId));
    }

    [Fact]
    public async Task Publish_with_invalid_token_190_is_unauthorized_without_leaking_token()
    {
        var delivery = Delivery("fb-0003");
        delivery.Secret = "EAAG-revoked-token-value";

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        Assert.Equal(FailureKind.Unauthorized, failed.Kind);
        Assert.Contains("#190", failed.Detail);
        Assert.DoesNotContain("EAAG-revoked-token-value", failed.Detail);
        Assert.Equal(0, fake.CreatedCount);
    }

    [Fact]
    public async Task Publish_when_code_2_after_post_went_live_is_ambiguous_and_reconcile_finds_it()
    {
        fake.Inject(FakeGraphApi.Publish, new FakeFault(500, FakeGraphApi.Error(2, "An unexpected error has occurred.", transient: true)) { AfterStore = true });
        var delivery = Delivery("fb-0004");

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));
        var reconciled = await connector.ReconcileAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(FailureKind.Ambiguous, failed.Kind);
        Assert.Equal(fake.Posts.Single().Id, reconciled?.ExternalId);
    }

    [Fact]
    public async Task Publish_when_client_times_out_after_post_stored_is_ambiguous_and_reconcile_finds_single_post()
    {
        fake.Inject(FakeGraphApi.Publish, FakeFault.TimeoutAfterStore(TimeSpan.FromSeconds(10)));
        var delivery = Delivery("fb-0005");

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));
        var reconciled = await connector.ReconcileAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(FailureKind.Ambiguous, failed.Kind);
        Assert.NotNull(reconciled);
        Assert.Equal(1, fake.CreatedCount);
    }

    [Fact]
    public async Task Reconcile_ignores_posts_with_same_link_but_another_marker()
    {
        await connector.PublishAsync(Delivery("fb-other").Request(), CancellationToken.None);

        Assert.Null(await connector.ReconcileAsync(Delivery("fb-0006").Request(), CancellationToken.None));
    }

    [Fact]
    public async Task Reconcile_when_lookup_fails_throws_instead_of_saying_safe_to_retry()
    {
        fake.Inject(FakeGraphApi.ListPosts, new FakeFault(500, FakeGraphApi.Error(1, "An unknown error occurred", transient: true)));

        await Assert.ThrowsAsync<ReconcileFailedException>(() => connector.ReconcileAsync(Delivery("fb-0007").Request(), CancellationToken.None));
    }

    [Fact]
    public async Task Publish_when_throttled_uses_business_use_case_regain_time()
    {
        fake.Inject(FakeGraphApi.Publish, new FakeFault(400, FakeGraphApi.Error(80001, "There have been too many calls to this Page account."))
        {
            Headers = new Dictionary<string, string>
            {
                ["X-Business-Use-Case-Usage"] = """{"104857600":[{"type":"pages","call_count":100,"total_cputime":20,"total_time":30,"estimated_time_to_regain_access":7}]}""",
            },
        });

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(Delivery("fb-0008").Request(), CancellationToken.None));

        Assert.Equal((FailureKind.RateLimited, TimeSpan.FromMinutes(7)), (failed.Kind, failed.RetryAfter));
        Assert.Equal(100, connector.LastUsagePercent);
    }

    [Fact]
    public async Task Publish_when_throttled_without_usage_header_waits_default_delay()
    {
        fake.Inject(FakeGraphApi.Publish, new FakeFault(400, FakeGraphApi.Error(4, "Application request limit reached")));

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(Delivery("fb-0009").Request(), CancellationToken.None));

        Assert.Equal((FailureKind.RateLimited, FacebookErrorClassifier.DefaultThrottleDelay), (failed.Kind, failed.RetryAfter));
    }

    [Fact]
    public async Task Publish_records_high_usage_for_proactive_slow_down()
    {
        fake.ResponseHeaders["X-App-Usage"] = """{"call_count":85,"total_cputime":10,"total_time":12}""";

        Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(Delivery("fb-0010").Request(), CancellationToken.None));

        Assert.Equal(85, connector.LastUsagePercent);
        Assert.True(connector.LastUsage.ShouldSlowDown);
        Assert.Equal(time.Now, connector.LastUsage.ObservedAt);
    }

    [Fact]
    public async Task Publish_when_duplicate_506_and_earlier_attempt_landed_returns_earlier_post()
    {
        var first = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(Delivery("fb-0011").Request(), CancellationToken.None));
        fake.Inject(FakeGraphApi.Publish, new FakeFault(400, FakeGraphApi.Error(506, "Duplicate status message", type: "GraphMethodException")));

        var second = await connector.PublishAsync(Delivery("fb-0011").Request(), CancellationToken.None);

        Assert.Equal(first.ExternalId, Assert.IsType<PublishOutcome.Published>(second).ExternalId);
        Assert.Equal(1, fake.CreatedCount);
    }

    [Fact]
    public async Task Publish_when_duplicate_506_without_earlier_post_is_rejected()
    {
        fake.Inject(FakeGraphApi.Publish, new FakeFault(400, FakeGraphApi.Error(506, "Duplicate status message", type: "GraphMethodException")));

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(Delivery("fb-0012").Request(), CancellationToken.None));

        Assert.Equal(FailureKind.Rejected, failed.Kind);
    }

    private TestDelivery Delivery(string key)
    {
        var delivery = new TestDelivery(key, TestDelivery.SampleContent(key)) { Secret = fake.PageToken };
        delivery.Settings[FacebookSettings.PageId] = fake.PageId;
        delivery.Settings[FacebookSettings.GraphBaseUrl] = fake.BaseAddress.ToString();
        return delivery;
    }
}

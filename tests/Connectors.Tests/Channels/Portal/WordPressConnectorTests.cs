using System.Net;
using System.Net.Sockets;
using Syndicator.Connectors.Portal;
using Syndicator.Connectors.Publishing;
using Syndicator.Connectors.Tests.Channels.Fakes;

namespace Syndicator.Connectors.Tests.Channels.Portal;

public sealed class WordPressConnectorTests : IAsyncLifetime
{
    private readonly HttpClient http = TestHttp.Create();
    private FakeWordPress fake = null!;
    private WordPressConnector connector = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeWordPress.StartAsync();
        connector = new WordPressConnector(http, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Publish_new_delivery_creates_one_published_post_with_delivery_slug()
    {
        var outcome = await connector.PublishAsync(Delivery("nq57-0001").Request(), CancellationToken.None);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        var post = Assert.Single(fake.Posts);
        Assert.Equal(post.Id.ToString(), published.ExternalId);
        Assert.Equal($"{fake.BaseAddress}nq57-0001/", published.Url);
        Assert.Equal(("nq57-0001", "publish"), (post.Slug, post.Status));
        Assert.Equal("Phong trào Bình dân học vụ số tại xã Tân Hòa.", post.Excerpt);
    }

    [Fact]
    public async Task Publish_when_slug_already_exists_returns_existing_post_without_creating()
    {
        var first = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(Delivery("nq57-0002").Request(), CancellationToken.None));

        var second = await connector.PublishAsync(Delivery("nq57-0002").Request(), CancellationToken.None);

        Assert.Equal(first.ExternalId, Assert.IsType<PublishOutcome.Published>(second).ExternalId);
        Assert.Equal(1, fake.CreatedCount);
    }

    [Fact]
    public async Task Publish_when_server_times_out_after_storing_is_ambiguous_and_reconcile_finds_the_post()
    {
        fake.Inject(FakeWordPress.Create, FakeFault.TimeoutAfterStore(TimeSpan.FromSeconds(10)));
        var delivery = Delivery("nq57-0003");

        var outcome = await connector.PublishAsync(delivery.Request(), CancellationToken.None);
        var reconciled = await connector.ReconcileAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(FailureKind.Ambiguous, Assert.IsType<PublishOutcome.Failed>(outcome).Kind);
        Assert.Equal(fake.Posts.Single().Id.ToString(), reconciled?.ExternalId);
        Assert.Equal(1, fake.CreatedCount);
    }

    [Fact]
    public async Task Reconcile_when_nothing_was_created_returns_null()
    {
        Assert.Null(await connector.ReconcileAsync(Delivery("nq57-0004").Request(), CancellationToken.None));
    }

    [Fact]
    public async Task Publish_when_concurrent_attempt_took_the_slug_trashes_duplicate_and_returns_original()
    {
        fake.RaceNextCreate();

        var outcome = await connector.PublishAsync(Delivery("nq57-0005").Request(), CancellationToken.None);

        var original = fake.Posts.Single(p => p.Slug == "nq57-0005");
        Assert.Equal(original.Id.ToString(), Assert.IsType<PublishOutcome.Published>(outcome).ExternalId);
        Assert.Equal("trash", fake.Posts.Single(p => p.Slug == "nq57-0005-2").Status);
        Assert.Equal(1, fake.LiveCount);
    }

    [Fact]
    public async Task Publish_with_cover_image_uploads_featured_media()
    {
        var delivery = Delivery("nq57-0006");
        delivery.Content = delivery.Content with { ImageUrl = $"{fake.BaseAddress}images/cover.jpg" };

        await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(1, fake.MediaCount);
        Assert.NotEqual(0, fake.Posts.Single().FeaturedMedia);
    }

    [Fact]
    public async Task Publish_when_media_upload_refused_publishes_without_featured_image()
    {
        fake.Inject(FakeWordPress.Media, new FakeFault(400, FakeWordPress.Error("rest_upload_file_too_big", "Too big", 400)));
        var delivery = Delivery("nq57-0007");
        delivery.Content = delivery.Content with { ImageUrl = $"{fake.BaseAddress}images/cover.jpg" };

        var outcome = await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal(0, fake.Posts.Single().FeaturedMedia);
    }

    [Fact]
    public async Task Publish_when_media_upload_fails_with_5xx_is_transient_and_creates_no_post()
    {
        fake.Inject(FakeWordPress.Media, FakeFault.Html(503));
        var delivery = Delivery("nq57-0008");
        delivery.Content = delivery.Content with { ImageUrl = $"{fake.BaseAddress}images/cover.jpg" };

        var outcome = await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(FailureKind.Transient, Assert.IsType<PublishOutcome.Failed>(outcome).Kind);
        Assert.Equal(0, fake.CreatedCount);
    }

    [Fact]
    public async Task Publish_with_wrong_application_password_is_unauthorized_without_leaking_it()
    {
        var delivery = Delivery("nq57-0009");
        delivery.Secret = "editor:wrong-password-123";

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        Assert.Equal(FailureKind.Unauthorized, failed.Kind);
        Assert.Contains("incorrect_password", failed.Detail);
        Assert.DoesNotContain("wrong-password-123", failed.Detail);
    }

    [Theory]
    [InlineData(FakeWordPress.Create, 400, "rest_invalid_param", FailureKind.Rejected)]
    [InlineData(FakeWordPress.Create, 403, "rest_cannot_publish", FailureKind.Unauthorized)]
    [InlineData(FakeWordPress.Lookup, 404, "rest_no_route", FailureKind.Rejected)]
    [InlineData(FakeWordPress.Create, 500, "db_insert_error", FailureKind.Transient)]
    public async Task Publish_when_api_answers_error_maps_code_to_kind(string operation, int status, string code, FailureKind expected)
    {
        fake.Inject(operation, new FakeFault(status, FakeWordPress.Error(code, "Server says no.", status)));

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(Delivery("nq57-0010").Request(), CancellationToken.None));

        Assert.Equal(expected, failed.Kind);
        Assert.Contains("Server says no.", failed.Detail);
    }

    [Fact]
    public async Task Publish_when_site_answers_html_is_rejected_with_url_hint()
    {
        fake.Inject(FakeWordPress.Lookup, FakeFault.Html(200));

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(Delivery("nq57-0011").Request(), CancellationToken.None));

        Assert.Equal(FailureKind.Rejected, failed.Kind);
        Assert.Contains("site URL", failed.Detail);
    }

    [Fact]
    public async Task Publish_when_create_answers_502_after_storing_is_ambiguous()
    {
        fake.Inject(FakeWordPress.Create, FakeFault.Html(502) with { AfterStore = true });

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(Delivery("nq57-0012").Request(), CancellationToken.None));

        Assert.Equal(FailureKind.Ambiguous, failed.Kind);
        Assert.Equal(1, fake.CreatedCount);
    }

    [Fact]
    public async Task Publish_when_throttled_is_rate_limited_with_retry_after()
    {
        fake.Inject(FakeWordPress.Lookup, new FakeFault(429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "120" } });

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(Delivery("nq57-0013").Request(), CancellationToken.None));

        Assert.Equal((FailureKind.RateLimited, TimeSpan.FromSeconds(120)), (failed.Kind, failed.RetryAfter));
    }

    [Fact]
    public async Task Publish_when_connection_refused_is_transient()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var delivery = Delivery("nq57-0014");
        delivery.Settings[WordPressSettings.SiteUrl] = $"http://127.0.0.1:{port}";

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        Assert.Equal(FailureKind.Transient, failed.Kind);
    }

    private TestDelivery Delivery(string key)
    {
        var delivery = new TestDelivery(key, TestDelivery.SampleContent(key)) { Secret = fake.Credentials };
        delivery.Settings[WordPressSettings.SiteUrl] = fake.BaseAddress.ToString();
        return delivery;
    }
}

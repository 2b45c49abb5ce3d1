using Syndicator.Connectors.Publishing;
using Syndicator.Connectors.Tests.Channels.Fakes;
using Syndicator.Connectors.Zalo;

namespace Syndicator.Connectors.Tests.Channels.Zalo;

public sealed class ZaloConnectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset NineAmVietnam = new(2026, 10, 10, 2, 0, 0, TimeSpan.Zero);
    private readonly HttpClient http = TestHttp.Create();
    private readonly ManualTimeProvider time = new(NineAmVietnam);
    private FakeZaloApi fake = null!;
    private ZaloConnector connector = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeZaloApi.StartAsync();
        connector = NewConnector();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Publish_creates_verifies_and_checkpoints_token_then_article_id()
    {
        fake.ProcessingPolls = 1;
        var delivery = Delivery("zl-0001");

        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        var article = Assert.Single(fake.Articles);
        Assert.Equal(article.Id, published.ExternalId);
        Assert.Equal(article.Token, delivery.Checkpoints[ZaloCheckpoints.Token]);
        Assert.Equal(article.Id, delivery.Checkpoints[ZaloCheckpoints.ArticleId]);
        Assert.Empty(fake.Broadcasts);
    }

    [Fact]
    public async Task Publish_reads_article_id_field_when_verify_uses_it()
    {
        fake.VerifyIdField = "article_id";

        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(Delivery("zl-0002").Request(), CancellationToken.None));

        Assert.Equal(fake.Articles.Single().Id, published.ExternalId);
    }

    [Fact]
    public async Task Publish_still_processing_after_polls_is_transient_and_rerun_resumes_without_second_article()
    {
        fake.ProcessingPolls = 4;
        var delivery = Delivery("zl-0003");

        var first = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));
        var second = await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal((FailureKind.Transient, TimeSpan.FromMinutes(1)), (first.Kind, first.RetryAfter));
        Assert.Equal(fake.Articles.Single().Id, Assert.IsType<PublishOutcome.Published>(second).ExternalId);
        Assert.Equal(1, fake.CreatedCount);
    }

    [Fact]
    public async Task Publish_with_article_checkpoint_skips_create_and_verify()
    {
        var delivery = Delivery("zl-0004");
        delivery.Checkpoints[ZaloCheckpoints.ArticleId] = "art-earlier";

        var published = Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        Assert.Equal("art-earlier", published.ExternalId);
        Assert.Equal(0, fake.RequestCount);
    }

    [Fact]
    public async Task Publish_when_token_expires_soon_refreshes_and_saves_new_pair_before_using_it()
    {
        var delivery = Delivery("zl-0005", expiresIn: TimeSpan.FromMinutes(5));
        var oldSecret = delivery.Secret!;
        ZaloTokenSet.TryParse(oldSecret, out var old);
        var usesOfNewTokenWhenSaved = -1;
        delivery.OnSavingSecret = secret =>
        {
            ZaloTokenSet.TryParse(secret, out var saved);
            usesOfNewTokenWhenSaved = fake.TokenUses.GetValueOrDefault(saved!.AccessToken);
        };

        Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        ZaloTokenSet.TryParse(Assert.Single(delivery.SavedSecrets), out var rotated);
        Assert.Equal(0, usesOfNewTokenWhenSaved);
        Assert.NotEqual(old!.RefreshToken, rotated!.RefreshToken);
        Assert.Equal(time.Now.AddSeconds(90000), rotated.ExpiresAt);
        Assert.Equal(old.AppSecret, rotated.AppSecret);
        Assert.True(fake.TokenUses.GetValueOrDefault(rotated.AccessToken) > 0);
        var stale = Delivery("zl-0006");
        stale.Secret = oldSecret;
        var refused = await NewConnector().PublishAsync(stale.Request(), CancellationToken.None);
        Assert.Equal(FailureKind.Unauthorized, Assert.IsType<PublishOutcome.Failed>(refused).Kind);
    }

    [Fact]
    public async Task Publish_when_api_answers_token_expired_refreshes_once_and_succeeds()
    {
        var delivery = Delivery("zl-0007");
        fake.ExpireAccessTokens();

        Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        Assert.Equal((1, 1), (fake.RefreshCount, fake.CreatedCount));
        Assert.Single(delivery.SavedSecrets);
    }

    [Fact]
    public async Task Publish_with_stale_secret_after_concurrent_refresh_uses_the_rotated_pair()
    {
        var first = Delivery("zl-0008", expiresIn: TimeSpan.FromMinutes(1));
        var second = Delivery("zl-0009");
        second.Secret = first.Secret;

        await connector.PublishAsync(first.Request(), CancellationToken.None);
        var outcome = await connector.PublishAsync(second.Request(), CancellationToken.None);

        Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal(1, fake.RefreshCount);
    }

    [Fact]
    public async Task Publish_when_refresh_token_is_refused_is_unauthorized_without_leaking_tokens()
    {
        var delivery = Delivery("zl-0010");
        ZaloTokenSet.TryParse(delivery.Secret, out var tokens);
        delivery.Secret = (tokens! with { RefreshToken = "refresh-already-used", ExpiresAt = time.Now }).ToJson();

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        Assert.Equal(FailureKind.Unauthorized, failed.Kind);
        Assert.Contains("reconnect", failed.Detail);
        Assert.DoesNotContain("refresh-already-used", failed.Detail);
        Assert.DoesNotContain(tokens.AccessToken, failed.Detail);
        Assert.Equal(0, fake.CreatedCount);
    }

    [Fact]
    public async Task Publish_when_create_times_out_after_store_is_ambiguous_and_reconcile_finds_article_by_title()
    {
        fake.Inject(FakeZaloApi.Create, FakeFault.TimeoutAfterStore(TimeSpan.FromSeconds(10)));
        var delivery = Delivery("zl-0011");

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));
        var reconciled = await connector.ReconcileAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(FailureKind.Ambiguous, failed.Kind);
        Assert.Equal(fake.Articles.Single().Id, reconciled?.ExternalId);
        Assert.Equal(1, fake.CreatedCount);
    }

    [Fact]
    public async Task Reconcile_with_nothing_created_returns_null()
    {
        Assert.Null(await connector.ReconcileAsync(Delivery("zl-0012").Request(), CancellationToken.None));
    }

    [Theory]
    [InlineData(FakeZaloApi.Create, -32, FailureKind.RateLimited)]
    [InlineData(FakeZaloApi.Create, -224, FailureKind.Unauthorized)]
    [InlineData(FakeZaloApi.Create, -201, FailureKind.Rejected)]
    [InlineData(FakeZaloApi.Verify, -200, FailureKind.Rejected)]
    public async Task Publish_when_zalo_answers_error_envelope_maps_code_to_kind(string operation, int code, FailureKind expected)
    {
        fake.Inject(operation, new FakeFault(200, FakeZaloApi.Envelope(code, "Zalo explains")));

        var failed = Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(Delivery("zl-0013").Request(), CancellationToken.None));

        Assert.Equal(expected, failed.Kind);
        Assert.Contains($"Zalo {code}: Zalo explains", failed.Detail);
    }

    [Fact]
    public async Task Publish_truncates_title_and_description_to_zalo_limits()
    {
        var delivery = Delivery("zl-0014");
        delivery.Content = delivery.Content with { Title = string.Join(' ', Enumerable.Repeat("Chuyển đổi số", 20)), Summary = new string('a', 20) + " " + new string('b', 400) };

        Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(delivery.Request(), CancellationToken.None));

        var article = fake.Articles.Single();
        Assert.True(article.Title.Length <= 150 && article.Title.EndsWith('…'));
        Assert.True(article.Description.Length <= 300 && article.Description.EndsWith('…'));
    }

    private ZaloConnector NewConnector() => new(http, time, new ZaloOptions { VerifyDelay = TimeSpan.Zero });

    private TestDelivery Delivery(string key, TimeSpan? expiresIn = null)
    {
        var (access, refresh) = fake.IssueTokens();
        var tokens = new ZaloTokenSet(access, refresh, time.Now + (expiresIn ?? TimeSpan.FromHours(20)), fake.AppSecret);
        var delivery = new TestDelivery(key, TestDelivery.SampleContent(key) with { ImageUrl = "https://tanhoa.example.gov.vn/ảnh bìa.jpg" })
        {
            Secret = tokens.ToJson(),
        };
        delivery.Settings[ZaloSettings.AppId] = fake.AppId;
        delivery.Settings[ZaloSettings.ApiBaseUrl] = fake.BaseAddress.ToString();
        delivery.Settings[ZaloSettings.OAuthBaseUrl] = fake.BaseAddress.ToString();
        return delivery;
    }
}

using Syndicator.Connectors.Facebook;
using Syndicator.Connectors.Publishing;
using Syndicator.Connectors.Tests.Channels.Fakes;

namespace Syndicator.Connectors.Tests.Channels.Facebook;

/// <summary>Reconcile must find an earlier attempt however many posts the Page received since.</summary>
public sealed class FacebookReconcileWindowTests : IAsyncLifetime
{
    private readonly HttpClient http = TestHttp.Create();
    private readonly ManualTimeProvider time = new(DateTimeOffset.UtcNow.AddMinutes(-1));
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
    public async Task Publish_savesFirstAttemptTimeBeforePosting()
    {
        fake.Inject(FakeGraphApi.Publish, new FakeFault(500, FakeGraphApi.Error(2, "An unexpected error has occurred.", transient: true)));
        var delivery = Delivery("fb-window-1");

        await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal(time.GetUtcNow().ToUnixTimeSeconds().ToString(), delivery.Checkpoints["facebook.firstAttemptAt"]);
        Assert.Equal(0, fake.CreatedCount);
    }

    [Fact]
    public async Task Reconcile_earlierAttemptBuriedUnderManyNewerPosts_isStillFound()
    {
        fake.Inject(FakeGraphApi.Publish, FakeFault.TimeoutAfterStore(TimeSpan.FromSeconds(10)));
        var buried = Delivery("fb-window-2");
        Assert.IsType<PublishOutcome.Failed>(await connector.PublishAsync(buried.Request(), CancellationToken.None));
        for (var i = 0; i < 150; i++)
            Assert.IsType<PublishOutcome.Published>(await connector.PublishAsync(Delivery($"fb-later-{i}").Request(), CancellationToken.None));

        var found = await connector.ReconcileAsync(buried.Request(), CancellationToken.None);

        Assert.NotNull(found);
        var original = Assert.Single(fake.Posts, p => FacebookMarker.IsIn(p.Message, "fb-window-2"));
        Assert.Equal(original.Id, found.ExternalId);
        Assert.Equal(151, fake.CreatedCount);
    }

    [Fact]
    public async Task Reconcile_neverPostedAmongManyPosts_returnsNullAfterSearchingEveryPage()
    {
        var never = Delivery("fb-window-3");
        never.Checkpoints["facebook.firstAttemptAt"] = time.GetUtcNow().ToUnixTimeSeconds().ToString();
        for (var i = 0; i < 120; i++)
            await connector.PublishAsync(Delivery($"fb-other-{i}").Request(), CancellationToken.None);

        Assert.Null(await connector.ReconcileAsync(never.Request(), CancellationToken.None));
        Assert.True(fake.RequestCount >= 122, "reconcile should have read at least two pages");
    }

    private TestDelivery Delivery(string key)
    {
        var delivery = new TestDelivery(key, TestDelivery.SampleContent(key)) { Secret = fake.PageToken };
        delivery.Settings[FacebookSettings.PageId] = fake.PageId;
        delivery.Settings[FacebookSettings.GraphBaseUrl] = fake.BaseAddress.ToString();
        return delivery;
    }
}

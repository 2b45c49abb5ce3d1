using System.Text.Json;
using Syndicator.Connectors.Outbox;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Tests.Channels.Outbox;

public sealed class OutboxConnectorTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "outbox-" + Guid.NewGuid().ToString("N"));
    private readonly OutboxConnector connector = new(new ManualTimeProvider(new DateTimeOffset(2026, 5, 18, 1, 0, 0, TimeSpan.Zero)));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Publish_new_delivery_writes_readable_json_file()
    {
        var delivery = Delivery("d-001");

        var outcome = await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        var published = Assert.IsType<PublishOutcome.Published>(outcome);
        Assert.Equal("outbox:d-001", published.ExternalId);
        var path = Path.Combine(directory, "d-001.json");
        Assert.Equal(new Uri(path).AbsoluteUri, published.Url);
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains("Xã Tân Hòa", text);
        Assert.Contains("\n  \"title\"", text);
        Assert.Equal("d-001", JsonDocument.Parse(text).RootElement.GetProperty("deliveryKey").GetString());
        Assert.Single(Directory.GetFiles(directory));
    }

    [Fact]
    public async Task Publish_when_file_exists_keeps_earlier_file_and_reports_same_id()
    {
        var first = Delivery("d-002");
        await connector.PublishAsync(first.Request(), CancellationToken.None);
        var second = Delivery("d-002");
        second.Content = second.Content with { Title = "Changed" };

        var outcome = await connector.PublishAsync(second.Request(), CancellationToken.None);

        Assert.Equal("outbox:d-002", Assert.IsType<PublishOutcome.Published>(outcome).ExternalId);
        Assert.DoesNotContain("Changed", await File.ReadAllTextAsync(Path.Combine(directory, "d-002.json")));
        Assert.Single(Directory.GetFiles(directory));
    }

    [Fact]
    public async Task Reconcile_reports_file_presence()
    {
        var delivery = Delivery("d-003");
        Assert.Null(await connector.ReconcileAsync(delivery.Request(), CancellationToken.None));

        await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Equal("outbox:d-003", (await connector.ReconcileAsync(delivery.Request(), CancellationToken.None))?.ExternalId);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    public async Task Publish_with_unsafe_delivery_key_is_rejected(string key)
    {
        var outcome = await connector.PublishAsync(Delivery(key).Request(), CancellationToken.None);

        Assert.Equal(FailureKind.Rejected, Assert.IsType<PublishOutcome.Failed>(outcome).Kind);
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public async Task Publish_without_directory_setting_is_rejected()
    {
        var delivery = new TestDelivery("d-004", TestDelivery.SampleContent("d-004"));

        var outcome = await connector.PublishAsync(delivery.Request(), CancellationToken.None);

        Assert.Contains("directory", Assert.IsType<PublishOutcome.Failed>(outcome).Detail);
    }

    private TestDelivery Delivery(string key)
    {
        var delivery = new TestDelivery(key, TestDelivery.SampleContent(key));
        delivery.Settings[OutboxSettings.Directory] = directory;
        return delivery;
    }
}

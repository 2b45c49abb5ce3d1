using System.Collections.Concurrent;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Tests.Channels;

/// <summary>
/// Plays the worker's part for one delivery: settings, a secret store that saves rotated secrets, and a
/// checkpoint store. Each <see cref="Request"/> snapshots the checkpoints, as a fresh attempt loaded from the DB would.
/// </summary>
public sealed class TestDelivery(string deliveryKey, ChannelContent content)
{
    private readonly ConcurrentQueue<string> savedSecrets = new();

    public string DeliveryKey { get; } = deliveryKey;

    public ChannelContent Content { get; set; } = content;

    public Dictionary<string, string> Settings { get; } = [];

    public string? Secret { get; set; }

    public ConcurrentDictionary<string, string> Checkpoints { get; } = new();

    public IReadOnlyList<string> SavedSecrets => savedSecrets.ToArray();

    /// <summary>Runs inside SaveSecretAsync before the secret is stored (to observe the world at save time).</summary>
    public Action<string>? OnSavingSecret { get; set; }

    public static ChannelContent SampleContent(string slug) => new(
        "Xã Tân Hòa đưa dịch vụ công trực tuyến đến từng hộ dân",
        "Cán bộ xã hướng dẫn người dân cài đặt VNeID và nộp hồ sơ trực tuyến.",
        "<p>Cán bộ xã hướng dẫn người dân cài đặt <strong>VNeID</strong>.</p>",
        Summary: "Phong trào Bình dân học vụ số tại xã Tân Hòa.",
        Link: "https://tanhoa.example.gov.vn/tin-tuc/binh-dan-hoc-vu-so",
        Slug: slug);

    public PublishRequest Request() => new(
        DeliveryKey,
        Content,
        new ChannelAccountContext(new Dictionary<string, string>(Settings), Secret, SaveSecretAsync),
        new Dictionary<string, string>(Checkpoints),
        SaveCheckpointAsync);

    private Task SaveSecretAsync(string secret, CancellationToken cancellationToken)
    {
        OnSavingSecret?.Invoke(secret);
        savedSecrets.Enqueue(secret);
        Secret = secret;
        return Task.CompletedTask;
    }

    private Task SaveCheckpointAsync(string key, string value, CancellationToken cancellationToken)
    {
        Checkpoints[key] = value;
        return Task.CompletedTask;
    }
}

namespace Syndicator.Connectors.Publishing;

/// <summary>
/// The account a delivery goes out on: non-secret settings (page id, base URL, …), the decrypted secret
/// (token, application password, JSON for token pairs) and a callback that persists a rotated secret
/// <b>before</b> the connector uses it (Zalo refresh tokens are single-use).
/// </summary>
public sealed record ChannelAccountContext(
    IReadOnlyDictionary<string, string> Settings,
    string? Secret,
    Func<string, CancellationToken, Task> SaveSecretAsync)
{
    public string Setting(string key) =>
        Settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new InvalidOperationException($"Channel setting '{key}' is missing.");
}

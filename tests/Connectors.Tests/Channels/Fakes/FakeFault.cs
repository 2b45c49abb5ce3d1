namespace Syndicator.Connectors.Tests.Channels.Fakes;

/// <summary>
/// A scripted failure for one request to a fake server.
/// <see cref="AfterStore"/> = true means the fake applies the request first (the post exists) and only then fails
/// or stalls, which is the "server accepted it but the client saw an error/time-out" case.
/// </summary>
/// <param name="Status">HTTP status to answer with.</param>
/// <param name="Body">Response body (JSON or HTML) or null for none.</param>
/// <param name="ContentType">Content type of <paramref name="Body"/>.</param>
/// <param name="AfterStore">Apply the request before failing.</param>
/// <param name="Delay">Server-side delay before answering (longer than the client time-out to force a time-out).</param>
public sealed record FakeFault(
    int Status,
    string? Body = null,
    string ContentType = "application/json; charset=utf-8",
    bool AfterStore = false,
    TimeSpan Delay = default)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Stores the request, then stalls for <paramref name="delay"/> so the client times out.</summary>
    public static FakeFault TimeoutAfterStore(TimeSpan delay) => new(504, AfterStore: true, Delay: delay);

    /// <summary>An HTML error page, as a proxy or a broken site would send.</summary>
    public static FakeFault Html(int status) => new(status, "<html><body>Error</body></html>", "text/html; charset=utf-8");
}

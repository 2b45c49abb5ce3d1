namespace Syndicator.Connectors.Tests.Channels;

/// <summary>
/// The client used against the fakes. The time-out is short enough that "server stalls after storing" tests
/// finish quickly (the fake stalls for 10 s server-side), yet long enough for a cold first request on a busy
/// 2-core machine with test classes running in parallel.
/// </summary>
public static class TestHttp
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static HttpClient Create() => new() { Timeout = Timeout };
}

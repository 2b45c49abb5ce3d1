using System.Diagnostics;
using Syndicator.Connectors.Fetching;

namespace Syndicator.Connectors.Tests.Fetching;

/// <summary>The idle limit between body reads, against a real Kestrel on 127.0.0.1 that stalls or trickles.</summary>
public sealed class IdleTimeoutTests(FeedServer server) : IClassFixture<FeedServer>, IDisposable
{
    private readonly HttpClient client = new(HttpFeedFetcher.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => client.Dispose();

    private Task<FetchResult> Fetch(string path, TimeSpan timeout, TimeSpan idleTimeout) =>
        new HttpFeedFetcher(client, new FetcherOptions { Timeout = timeout, IdleTimeout = idleTimeout, TimeProvider = new FixedTimeProvider(FeedServer.FixedNow) })
            .FetchAsync(new FetchRequest(server.Url(path)), CancellationToken.None);

    [Fact]
    public async Task Fetch_serverStallsAfterPartOfTheBody_failsWithIdleReasonLongBeforeTheDeadline()
    {
        var clock = Stopwatch.StartNew();

        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/stall", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1)));

        Assert.Equal("no data received for 1 s", failed.Reason);
        Assert.False(failed.Permanent);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"gave up after {clock.Elapsed}, before the idle limit");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}; the overall deadline is 30 s");
    }

    [Fact]
    public async Task Fetch_steadyTrickleWithinTheIdleWindow_endsByTheOverallDeadline()
    {
        // One byte a second: each wait is shorter than the idle limit, the whole body never ends.
        var clock = Stopwatch.StartNew();

        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/trickle", TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(2.5)));

        Assert.Equal("timed out after 4 s", failed.Reason);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(3.9), $"ended after {clock.Elapsed}, before the overall deadline");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Fetch_stallWithIdleLimitOff_endsByTheOverallDeadline()
    {
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/stall", TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan));

        Assert.Equal("timed out after 2 s", failed.Reason);
    }

    [Fact]
    public async Task Fetch_wellBehavedServer_isNotCutByAShortIdleLimit()
    {
        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch("/slow.xml", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1)));

        Assert.Equal(FeedServer.FeedXml, System.Text.Encoding.UTF8.GetString(fetched.Body));
    }

    [Fact]
    public void Options_default_idleLimitIsBelowTheOverallDeadline()
    {
        var options = new FetcherOptions();

        Assert.Equal(TimeSpan.FromSeconds(20), options.IdleTimeout);
        Assert.True(options.IdleTimeout < options.Timeout);
    }
}

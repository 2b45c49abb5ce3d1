using System.Diagnostics;
using System.Text;
using Syndicator.Connectors.Fetching;

namespace Syndicator.Connectors.Tests.Fetching;

public sealed class HttpFeedFetcherTests(FeedServer server) : IClassFixture<FeedServer>, IDisposable
{
    private readonly HttpClient client = new(HttpFeedFetcher.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => client.Dispose();

    private HttpFeedFetcher Fetcher(FetcherOptions? options = null) =>
        new(client, options ?? new FetcherOptions { TimeProvider = new FixedTimeProvider(FeedServer.FixedNow) });

    private Task<FetchResult> Fetch(string path, FetcherOptions? options = null) =>
        Fetcher(options).FetchAsync(new FetchRequest(server.Url(path)), CancellationToken.None);

    [Fact]
    public async Task Fetch_ok_returnsBodyValidatorsAndFreshness()
    {
        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch("/feed.xml"));
        Assert.Equal(FeedServer.FeedXml, Encoding.UTF8.GetString(fetched.Body));
        Assert.Equal("\"v1\"", fetched.ETag);
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 8, 0, 0, TimeSpan.Zero), fetched.LastModified);
        Assert.Equal("application/rss+xml; charset=utf-8", fetched.ContentType);
        Assert.Equal(TimeSpan.FromSeconds(600), fetched.FreshFor);
        Assert.Equal(server.Url("/feed.xml"), fetched.FinalUrl);
    }

    [Fact]
    public async Task Fetch_conditionalWithMatchingETag_returnsNotModified()
    {
        var request = new FetchRequest(server.Url("/feed.xml"), "\"v1\"", new DateTimeOffset(2025, 11, 20, 8, 0, 0, TimeSpan.Zero));
        var result = await Fetcher().FetchAsync(request, CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(300), Assert.IsType<FetchResult.NotModified>(result).FreshFor);
    }

    [Fact]
    public async Task Fetch_expiresHeader_setsFreshFor()
    {
        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch("/expires.xml"));
        Assert.Equal(TimeSpan.FromHours(1), fetched.FreshFor);
    }

    [Fact]
    public async Task Fetch_gzipBody_isDecompressed()
    {
        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch("/gzip.xml"));
        Assert.Equal(FeedServer.FeedXml, Encoding.UTF8.GetString(fetched.Body));
    }

    [Fact]
    public async Task Fetch_gzipBomb_failsAtDecompressedCap()
    {
        var options = new FetcherOptions { MaxBodyBytes = 1024 * 1024 };
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/bomb.xml", options));
        Assert.Equal("body larger than 1 MiB", failed.Reason);
        Assert.False(failed.Permanent);
    }

    [Fact]
    public async Task Fetch_endlessBody_failsAtTenMebibytesQuickly()
    {
        var clock = Stopwatch.StartNew();
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/endless"));
        Assert.Equal("body larger than 10 MiB", failed.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Fetch_tricklingServer_failsWithTimeout()
    {
        var clock = Stopwatch.StartNew();
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/trickle", new FetcherOptions { Timeout = TimeSpan.FromSeconds(2) }));
        Assert.Equal("timed out after 2 s", failed.Reason);
        Assert.False(failed.Permanent);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Fetch_redirect_followsToFinalUrl()
    {
        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch("/moved"));
        Assert.Equal(server.Url("/feed.xml"), fetched.FinalUrl);
        Assert.Equal(FeedServer.FeedXml, Encoding.UTF8.GetString(fetched.Body));
    }

    [Fact]
    public async Task Fetch_redirectLoop_failsWithLoopReason()
    {
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/loop/a"));
        Assert.Equal("redirect loop", failed.Reason);
    }

    [Fact]
    public async Task Fetch_endlessRedirects_failsAfterCap()
    {
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/hop/0"));
        Assert.Equal("too many redirects (6)", failed.Reason);
    }

    [Theory]
    [InlineData("/missing", "HTTP 404 Not Found", true)]
    [InlineData("/gone", "HTTP 410 Gone", true)]
    [InlineData("/broken", "HTTP 500 Internal Server Error", false)]
    public async Task Fetch_errorStatus_mapsReasonAndPermanence(string path, string reason, bool permanent)
    {
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch(path));
        Assert.Equal(reason, failed.Reason);
        Assert.Equal(permanent, failed.Permanent);
        Assert.Null(failed.RetryAfter);
    }

    [Fact]
    public async Task Fetch_tooManyRequestsWithDelay_returnsRetryAfter()
    {
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/busy"));
        Assert.Equal("HTTP 429 Too Many Requests", failed.Reason);
        Assert.False(failed.Permanent);
        Assert.Equal(TimeSpan.FromSeconds(120), failed.RetryAfter);
    }

    [Fact]
    public async Task Fetch_unavailableWithRetryDate_returnsRetryAfterFromClock()
    {
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch("/maintenance"));
        Assert.Equal("HTTP 503 Service Unavailable", failed.Reason);
        Assert.Equal(TimeSpan.FromSeconds(90), failed.RetryAfter);
    }

    [Fact]
    public async Task Fetch_concurrentRequestsToOneHost_runOneAtATime()
    {
        var fetcher = Fetcher();
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fetcher.FetchAsync(new FetchRequest(server.Url("/slow.xml")), CancellationToken.None)));
        Assert.All(results, r => Assert.IsType<FetchResult.Fetched>(r));
        Assert.Equal(1, server.MaxInFlight);
    }

    [Fact]
    public async Task Fetch_unsupportedScheme_failsPermanently()
    {
        var failed = Assert.IsType<FetchResult.Failed>(await Fetcher().FetchAsync(new FetchRequest(new Uri("ftp://example.vn/feed")), CancellationToken.None));
        Assert.True(failed.Permanent);
        Assert.Contains("ftp", failed.Reason);
    }

    [Fact]
    public void CreateHandler_configuresRedirectsAndDecompression()
    {
        using var handler = HttpFeedFetcher.CreateHandler();
        Assert.False(handler.AllowAutoRedirect);
        Assert.Equal(System.Net.DecompressionMethods.All, handler.AutomaticDecompression);
        Assert.Equal(TimeSpan.FromSeconds(10), handler.ConnectTimeout);
    }
}

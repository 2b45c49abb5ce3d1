using System.Text;
using Syndicator.Connectors.Fetching;

namespace Syndicator.Connectors.Tests.Fetching;

public sealed class FileFetchTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("syndicator-root-").FullName;
    private readonly string outside = Directory.CreateTempSubdirectory("syndicator-outside-").FullName;
    private readonly HttpClient client = new(HttpFeedFetcher.CreateHandler());

    public FileFetchTests()
    {
        File.WriteAllText(Path.Combine(root, "demo.xml"), "<rss version=\"2.0\"><channel><title>Mẫu</title></channel></rss>");
        File.WriteAllText(Path.Combine(outside, "secret.xml"), "bí mật");
    }

    public void Dispose()
    {
        client.Dispose();
        Directory.Delete(root, true);
        Directory.Delete(outside, true);
    }

    private Task<FetchResult> Fetch(string path, bool allow = true, DateTimeOffset? since = null) =>
        new HttpFeedFetcher(client, new FetcherOptions { AllowFileScheme = allow, AllowedFileRoot = root })
            .FetchAsync(new FetchRequest(new Uri(path), LastModified: since), CancellationToken.None);

    [Fact]
    public async Task Fetch_fileInsideRoot_returnsContent()
    {
        var fetched = Assert.IsType<FetchResult.Fetched>(await Fetch(Path.Combine(root, "demo.xml")));
        Assert.Contains("<title>Mẫu</title>", Encoding.UTF8.GetString(fetched.Body));
        Assert.NotNull(fetched.LastModified);
    }

    [Fact]
    public async Task Fetch_fileUnchangedSinceLastModified_returnsNotModified()
    {
        var first = Assert.IsType<FetchResult.Fetched>(await Fetch(Path.Combine(root, "demo.xml")));
        Assert.IsType<FetchResult.NotModified>(await Fetch(Path.Combine(root, "demo.xml"), since: first.LastModified));
    }

    [Fact]
    public async Task Fetch_fileOutsideRoot_failsPermanently()
    {
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch(Path.Combine(outside, "secret.xml")));
        Assert.True(failed.Permanent);
        Assert.Contains("not allowed", failed.Reason);
    }

    [Fact]
    public async Task Fetch_dotDotEscape_failsPermanently()
    {
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch(root + "/../" + Path.GetFileName(outside) + "/secret.xml"));
        Assert.True(failed.Permanent);
    }

    [Fact]
    public async Task Fetch_symlinkedDirectoryLeavingRoot_failsPermanently()
    {
        Directory.CreateSymbolicLink(Path.Combine(root, "link"), outside);
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch(Path.Combine(root, "link", "secret.xml")));
        Assert.True(failed.Permanent);
    }

    [Fact]
    public async Task Fetch_fileSchemeDisabled_failsPermanently()
    {
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch(Path.Combine(root, "demo.xml"), allow: false));
        Assert.True(failed.Permanent);
    }

    [Fact]
    public async Task Fetch_missingFileInsideRoot_failsPermanentlyWithNotFound()
    {
        var failed = Assert.IsType<FetchResult.Failed>(await Fetch(Path.Combine(root, "none.xml")));
        Assert.True(failed.Permanent);
        Assert.StartsWith("file not found", failed.Reason);
    }
}

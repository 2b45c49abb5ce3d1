using Syndicator.Connectors.Feeds;
using Syndicator.Connectors.Fetching;
using Syndicator.Worker.Classification;

namespace Syndicator.Worker.Sources;

/// <summary>
/// Fetches one file or http(s) URL once and parses and classifies it exactly as the poller would, without a
/// database. A local file is read through <see cref="HttpFeedFetcher"/> with file:// allowed for its folder only.
/// </summary>
public sealed class FeedProbe(TimeProvider clock)
{
    private readonly RelevanceClassifier _classifier = new(RuleScopes.InEvaluationOrder(DefaultRules.All, Guid.Empty, Guid.Empty));

    /// <summary>Turns a command-line argument into a URL: an existing file path, a file:// URL or an http(s) URL.</summary>
    public static Uri? ToUrl(string target)
    {
        if (File.Exists(target)) return new Uri(Path.GetFullPath(target));
        if (!target.Contains("://", StringComparison.Ordinal)) return null;
        return Uri.TryCreate(target, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" or "file" ? url : null;
    }

    public async Task<ProbeResult> RunAsync(Uri url, HtmlSelectors? selectors, CancellationToken cancellationToken)
    {
        var options = new FetcherOptions
        {
            AllowFileScheme = url.IsFile,
            AllowedFileRoot = url.IsFile ? Path.GetDirectoryName(url.LocalPath) : null,
            TimeProvider = clock,
        };
        using var client = new HttpClient(HttpFeedFetcher.CreateHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        var result = await new HttpFeedFetcher(client, options).FetchAsync(new FetchRequest(url), cancellationToken);
        return result switch
        {
            FetchResult.Fetched fetched => Parse(fetched, selectors),
            FetchResult.Failed failed => ProbeResult.Failed(url, $"fetch failed: {failed.Reason}"),
            FetchResult.NotModified => ProbeResult.Failed(url, "the server answered 304 Not Modified to an unconditional request"),
            _ => ProbeResult.Failed(url, $"unknown fetch result {result.GetType().Name}"),
        };
    }

    private ProbeResult Parse(FetchResult.Fetched fetched, HtmlSelectors? selectors)
    {
        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(fetched.Body, fetched.ContentType, fetched.FinalUrl,
                new FeedParseOptions { FetchedAtUtc = clock.GetUtcNow(), HtmlSelectors = selectors });
        }
        catch (FeedParseException ex)
        {
            return ProbeResult.Failed(fetched.FinalUrl, $"not a readable feed: {ex.Message}");
        }

        var entries = feed.Entries
            .Select(e => new ProbedEntry(e, _classifier.Classify(new ClassificationInput(e.Title, e.SummaryText, e.ContentHtml, e.Link, e.Categories))))
            .ToList();
        return new ProbeResult(fetched.FinalUrl, feed, entries, null);
    }
}

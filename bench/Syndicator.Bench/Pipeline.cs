using Syndicator.Connectors.Feeds;
using Syndicator.Worker.Classification;
using Syndicator.Worker.Ingestion;

namespace Syndicator.Bench;

/// <summary>
/// What <c>SourcePoller</c> + <c>ItemStore</c> do with one fetched body, minus the database: parse (which
/// normalises and sanitises), dedupe key, title fingerprint and NQ57 classification of every entry.
/// </summary>
public sealed class Pipeline(TimeProvider clock)
{
    private readonly RelevanceClassifier _classifier = new(DefaultRules.All);

    public int Relevant { get; private set; }

    /// <returns>The number of entries processed.</returns>
    public int Process(byte[] content, Uri baseUri)
    {
        var feed = FeedParser.Parse(content, "application/xml; charset=utf-8", baseUri, new FeedParseOptions { FetchedAtUtc = clock.GetUtcNow() });
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in feed.Entries)
        {
            if (!keys.Add(DedupeKeys.For(entry))) continue;
            _ = TextNormalizer.Fingerprint(entry.Title);
            var verdict = _classifier.Classify(new ClassificationInput(entry.Title, entry.SummaryText, entry.ContentHtml, entry.Link, entry.Categories));
            if (verdict.Relevant) Relevant++;
        }

        return feed.Entries.Count;
    }
}

using System.Diagnostics;
using Syndicator.Connectors.Feeds;
using Syndicator.Worker.Classification;
using Syndicator.Worker.Ingestion;

namespace Syndicator.Bench;

/// <summary>One untimed-by-the-table pass that splits the pipeline's time into its stages, to find the hot spot.</summary>
public static class Breakdown
{
    public static IReadOnlyList<(string Stage, TimeSpan Time)> Run(Corpus corpus)
    {
        var classifier = new RelevanceClassifier(DefaultRules.All);
        var parse = new Stopwatch();
        var keys = new Stopwatch();
        var fingerprint = new Stopwatch();
        var classify = new Stopwatch();
        var plain = new Stopwatch();
        foreach (var path in corpus.Files)
        {
            var bytes = File.ReadAllBytes(path);
            parse.Start();
            var feed = FeedParser.Parse(bytes, null, new Uri(path), new FeedParseOptions { FetchedAtUtc = DateTimeOffset.UnixEpoch });
            parse.Stop();
            foreach (var e in feed.Entries)
            {
                keys.Start(); _ = DedupeKeys.For(e); keys.Stop();
                fingerprint.Start(); _ = TextNormalizer.Fingerprint(e.Title); fingerprint.Stop();
                plain.Start(); _ = HtmlSanitizer.ToPlainText(e.ContentHtml ?? "", 20_000); plain.Stop();
                classify.Start();
                _ = classifier.Classify(new ClassificationInput(e.Title, e.SummaryText, e.ContentHtml, e.Link, e.Categories));
                classify.Stop();
            }
        }

        return [("FeedParser.Parse", parse.Elapsed), ("DedupeKeys.For", keys.Elapsed), ("TextNormalizer.Fingerprint(title)", fingerprint.Elapsed),
            ("RelevanceClassifier.Classify", classify.Elapsed), ("  of which HtmlSanitizer.ToPlainText(content) (measured alone)", plain.Elapsed)];
    }
}

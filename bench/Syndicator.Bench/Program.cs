using System.Diagnostics;
using Syndicator.Bench;
using Syndicator.Connectors.Feeds;

// Usage: dotnet run -c Release --project bench/Syndicator.Bench [-- --corpus DIR] [--passes N] [--warmup N] [--no-write] [--profile-passes N]
var corpusDir = Option(args, "--corpus");
var passes = int.TryParse(Option(args, "--passes"), out var n) && n > 0 ? n : 5;
var warmup = int.TryParse(Option(args, "--warmup"), out var w) && w >= 0 ? w : 5;
var root = Corpus.FindRepositoryRoot();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
corpusDir ??= await Corpus.GenerateAsync(root, cancel.Token);
var corpus = Corpus.Load(corpusDir);
Console.WriteLine($"Corpus {corpus.Directory}: {corpus.Files.Count} files, {corpus.TotalBytes:#,0} bytes");

var pipeline = new Pipeline(TimeProvider.System);
if (int.TryParse(Option(args, "--profile-passes"), out var profilePasses))
{
    // For a sampling profiler (dotnet-trace): only pipeline passes, no report.
    for (var i = 0; i < profilePasses; i++) Console.WriteLine($"pipeline pass {i + 1}: {Runner.Pass(corpus, pipeline.Process).Elapsed.TotalMilliseconds:0} ms");
    return 0;
}

Func<byte[], Uri, int> bare = (bytes, _) => BareScan.Scan(bytes);
Func<byte[], Uri, int> full = pipeline.Process;
Func<byte[], Uri, int> bareOwn = (bytes, _) => BareScan.ScanWithOwnDecoder(bytes);
var withOwn = Utf8Decoder.IsVectorised; // elsewhere the pipeline lets XmlReader decode, as the bare scan does

// Tiered compilation keeps optimising for a few passes (a worker process runs for days): measure once it has settled.
for (var i = 0; i < warmup; i++)
{
    Runner.Pass(corpus, bare);
    Runner.Pass(corpus, full);
    if (withOwn) Runner.Pass(corpus, bareOwn);
}

var bareRuns = new List<PassResult>();
var pipeRuns = new List<PassResult>();
var ownRuns = new List<PassResult>();
for (var i = 0; i < passes; i++)
{
    bareRuns.Add(Runner.Pass(corpus, bare));
    pipeRuns.Add(Runner.Pass(corpus, full));
    if (withOwn) ownRuns.Add(Runner.Pass(corpus, bareOwn));
    Console.WriteLine($"pass {i + 1}: bare {bareRuns[^1].Elapsed.TotalMilliseconds:0} ms (CPU {bareRuns[^1].Cpu.TotalMilliseconds:0}), pipeline {pipeRuns[^1].Elapsed.TotalMilliseconds:0} ms (CPU {pipeRuns[^1].Cpu.TotalMilliseconds:0})");
}

var stages = Breakdown.Run(corpus);
var liveHeap = Runner.MaxLiveHeapPerFile(corpus, (bytes, uri) => FeedParser.Parse(bytes, null, uri, new FeedParseOptions { FetchedAtUtc = DateTimeOffset.UtcNow }));
using var self = Process.GetCurrentProcess();
var command = "dotnet run -c Release --project bench/Syndicator.Bench --artifacts-path /tmp/art-bench" + (args.Length > 0 ? " -- " + string.Join(' ', args) : "");
var report = new Report(corpus, MachineFacts.Collect(), Runner.Median(bareRuns), Runner.Median(pipeRuns), liveHeap, self.PeakWorkingSet64, warmup, passes, command, stages)
{
    BareCpu = Runner.MedianCpu(bareRuns),
    PipeCpu = Runner.MedianCpu(pipeRuns),
    BareOwnDecoder = withOwn ? Runner.Median(ownRuns) : null,
};
Console.WriteLine();
Console.WriteLine(report.Table());
Console.WriteLine(report.Summary());
foreach (var (stage, time) in stages) Console.WriteLine($"stage {stage}: {time.TotalMilliseconds:0} ms");
Console.WriteLine($"Relevant entries per pass: {pipeline.Relevant / (passes + warmup)}");
if (!args.Contains("--no-write"))
{
    var path = Path.Combine(root, "docs", "benchmarks.md");
    await File.WriteAllTextAsync(path, report.Markdown(), cancel.Token);
    Console.WriteLine($"Wrote {path}");
}

return report.ThroughputMet && report.MemoryMet ? 0 : 3;

static string? Option(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

using System.Diagnostics;

namespace Syndicator.Bench;

/// <summary>Times one pass of a per-file action over the corpus; each file is read from disk (page cache) inside the pass.</summary>
public static class Runner
{
    public static PassResult Pass(Corpus corpus, Func<byte[], Uri, int> perFile)
    {
        long bytes = 0, items = 0, maxHeap = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpu.Now();
        var watch = Stopwatch.StartNew();
        foreach (var path in corpus.Files)
        {
            var content = File.ReadAllBytes(path);
            bytes += content.Length;
            items += perFile(content, new Uri(path));
            maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(forceFullCollection: false));
        }

        watch.Stop();
        return new PassResult(watch.Elapsed, bytes, items, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, maxHeap, ThreadCpu.Now() - cpuBefore);
    }

    /// <summary>
    /// Untimed: the live managed heap (forced collection) while one file's bytes and parsed entries are still held,
    /// minus the heap before the pass. Returns the largest value over all files.
    /// </summary>
    public static long MaxLiveHeapPerFile(Corpus corpus, Func<byte[], Uri, object> parse)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long max = 0;
        foreach (var path in corpus.Files)
        {
            var content = File.ReadAllBytes(path);
            var result = parse(content, new Uri(path));
            max = Math.Max(max, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            GC.KeepAlive(content);
            GC.KeepAlive(result);
        }

        return max;
    }

    public static PassResult Median(IReadOnlyList<PassResult> passes) => passes.OrderBy(p => p.Elapsed).ElementAt(passes.Count / 2);

    /// <summary>The median CPU time of the passes (each pass's own, not the wall-clock median pass's).</summary>
    public static TimeSpan MedianCpu(IReadOnlyList<PassResult> passes) => passes.Select(p => p.Cpu).Order().ElementAt(passes.Count / 2);
}

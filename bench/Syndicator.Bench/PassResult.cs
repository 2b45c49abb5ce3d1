namespace Syndicator.Bench;

/// <summary>One timed pass over the corpus.</summary>
/// <param name="MaxHeapAfterFile">Largest <c>GC.GetTotalMemory(false)</c> seen after a file (garbage included).</param>
/// <param name="Cpu">The CPU time of the thread during the pass (workstation non-concurrent GC runs on it too).</param>
public sealed record PassResult(TimeSpan Elapsed, long Bytes, long Items, long AllocatedBytes, long MaxHeapAfterFile, TimeSpan Cpu)
{
    public double MegabytesPerSecond => Bytes / 1_048_576.0 / Elapsed.TotalSeconds;
    public double ItemsPerSecond => Items / Elapsed.TotalSeconds;
}

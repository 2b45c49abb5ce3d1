using System.Runtime.InteropServices;

namespace Syndicator.Bench;

/// <summary>What the figures were measured on.</summary>
public sealed record MachineFacts(int ProcessorCount, string CpuModel, string Runtime, string Os, string Configuration)
{
    public static MachineFacts Collect()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        return new MachineFacts(Environment.ProcessorCount, cpu ?? "unknown", RuntimeInformation.FrameworkDescription, RuntimeInformation.OSDescription, configuration);
    }
}

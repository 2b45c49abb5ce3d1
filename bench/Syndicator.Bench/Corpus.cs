using System.Diagnostics;

namespace Syndicator.Bench;

/// <summary>The benchmark's input: every feed file of a generated corpus, found on disk (never held in memory at once).</summary>
public sealed record Corpus(string Directory, IReadOnlyList<string> Files, long TotalBytes, long LargestFileBytes)
{
    public static Corpus Load(string directory)
    {
        var files = System.IO.Directory.EnumerateFiles(directory, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InvalidOperationException($"no *.xml files under {directory}");
        var sizes = files.Select(f => new FileInfo(f).Length).ToList();
        return new Corpus(directory, files, sizes.Sum(), sizes.Max());
    }

    /// <summary>Runs the shared corpus generator (default arguments) into a fresh temporary folder.</summary>
    public static async Task<string> GenerateAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var script = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "tools", "gen-feed-corpus.py"));
        if (!File.Exists(script)) throw new FileNotFoundException($"corpus generator not found at {script}; pass --corpus DIR");
        var output = System.IO.Directory.CreateTempSubdirectory("syndicator-bench-corpus-").FullName;
        var info = new ProcessStartInfo("python3") { UseShellExecute = false, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(output);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start python3");
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new InvalidOperationException($"gen-feed-corpus.py failed ({process.ExitCode}): {errors}");
        return output;
    }

    /// <summary>The folder holding Syndicator.sln, searched upwards from the working directory and the binary.</summary>
    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Syndicator.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("Syndicator.sln not found above the working directory; pass --corpus DIR");
    }
}

using System.CommandLine;
using Syndicator.Worker.Sources;

namespace Syndicator.Worker.Cli;

/// <summary>`syndicator feed parse FILE-OR-URL [--json]`: fetch and parse one feed as the poller would; no database needed.</summary>
public static class FeedCommands
{
    public static Command Create()
    {
        var feed = new Command("feed", "Inspect feeds without touching the database.");
        var target = new Argument<string>("file-or-url") { Description = "A local file path or an http(s) URL." };
        var json = new Option<bool>("--json") { Description = "Print indented JSON instead of text." };
        var parse = new Command("parse", "Fetch and parse a feed; print the normalised entries, their NQ57 verdicts and the parse warnings.") { target, json };
        parse.SetAction((result, ct) => ParseAsync(result.GetValue(target)!, result.GetValue(json), ct));
        feed.Subcommands.Add(parse);
        return feed;
    }

    private static async Task<int> ParseAsync(string target, bool json, CancellationToken cancellationToken)
    {
        var probe = await ProbeAsync(target, cancellationToken);
        if (probe is null) return 1;
        if (json) Console.Out.WriteLine(FeedReportWriter.ToJson(probe));
        else FeedReportWriter.WriteText(probe, Console.Out);
        return 0;
    }

    /// <summary>Runs the probe; on failure prints one line on stderr and returns null.</summary>
    internal static async Task<ProbeResult?> ProbeAsync(string target, CancellationToken cancellationToken)
    {
        var url = FeedProbe.ToUrl(target);
        if (url is null)
        {
            await Console.Error.WriteLineAsync($"syndicator: '{target}' is neither an existing file nor an http(s) URL");
            return null;
        }

        var probe = await new FeedProbe(TimeProvider.System).RunAsync(url, null, cancellationToken);
        if (probe.Error is null) return probe;
        await Console.Error.WriteLineAsync($"syndicator: {url}: {probe.Error}");
        return null;
    }
}

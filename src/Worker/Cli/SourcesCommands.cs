using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Worker.Sources;

namespace Syndicator.Worker.Cli;

/// <summary>
/// `syndicator sources list|import FILE|export [--commune slug]|test URL`: manage sources from YAML files
/// (format: <see cref="SourceDefinition"/>, priority included) and try a URL without storing anything.
/// </summary>
public static class SourcesCommands
{
    public static Command Create()
    {
        var sources = new Command("sources", "List, import, export and test news sources.");
        sources.Subcommands.Add(List());
        sources.Subcommands.Add(Import());
        sources.Subcommands.Add(Export());
        sources.Subcommands.Add(Test());
        return sources;
    }

    private static Command List()
    {
        var list = new Command("list", "List sources with their health.");
        list.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(ListAsync, ct)));
        return list;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file.yaml") { Description = "A sources YAML file (see catalogue/sources.yaml)." };
        var commune = new Option<string?>("--commune") { Description = "Commune slug for entries that name none (catalogue files)." };
        var import = new Command("import", "Add or update sources from a YAML file, matched by (commune, url).") { file, commune };
        import.SetAction((parse, ct) => CliApp.Guard(() => ImportAsync(parse.GetValue(file)!, parse.GetValue(commune), ct)));
        return import;
    }

    private static Command Export()
    {
        var commune = new Option<string?>("--commune") { Description = "Only this commune's sources." };
        var export = new Command("export", "Write sources as YAML to stdout.") { commune };
        export.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, token) =>
        {
            try
            {
                var rows = await new SourceExporter(sp.GetRequiredService<SyndicatorDbContext>()).ExportAsync(parse.GetValue(commune), token);
                Console.Out.Write(SourceYaml.Write(rows));
                return 0;
            }
            catch (SourceFileException ex)
            {
                return await FailAsync(ex.Errors);
            }
        }, ct)));
        return export;
    }

    private static Command Test()
    {
        var url = new Argument<string>("url") { Description = "A feed URL (or a local file) to try once; nothing is stored." };
        var test = new Command("test", "Fetch once and show which entries the NQ57 rules would keep (GIỮ) or drop (BỎ).") { url };
        test.SetAction(async (parse, ct) =>
        {
            var probe = await FeedCommands.ProbeAsync(parse.GetValue(url)!, ct);
            if (probe is null) return 1;
            Console.WriteLine($"{probe.Feed!.Format}: {probe.Feed.Title} — {probe.Entries.Count} mục, giữ {probe.Entries.Count(e => e.Verdict.Relevant)}");
            foreach (var (entry, verdict) in probe.Entries)
            {
                var why = verdict.Relevant ? $"{verdict.Reason}; chủ đề {verdict.ThemeKey}" : "không khớp quy tắc NQ57";
                Console.WriteLine($"{(verdict.Relevant ? "GIỮ" : "BỎ ")}  {FeedReportWriter.Utc(entry.PublishedUtc) ?? "-",-20}  {entry.Title}  [{why}]");
            }

            foreach (var warning in probe.Feed.Warnings) Console.WriteLine($"warning: {warning}");
            return 0;
        });
        return test;
    }

    private static async Task<int> ImportAsync(string path, string? commune, CancellationToken cancellationToken)
    {
        IReadOnlyList<SourceDefinition> definitions;
        try
        {
            definitions = SourceYaml.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (SourceFileException ex)
        {
            return await FailAsync(ex.Errors.Select(e => $"{path}: {e}"));
        }
        catch (IOException ex)
        {
            return await FailAsync([$"cannot read {path}: {ex.Message}"]);
        }

        return await CliHost.RunAsync(async (sp, token) =>
        {
            try
            {
                var summary = await new SourceImporter(sp.GetRequiredService<SyndicatorDbContext>(), sp.GetRequiredService<TimeProvider>())
                    .ImportAsync(definitions, commune, token);
                Console.WriteLine($"Imported {definitions.Count} sources from {path}: {summary}");
                return 0;
            }
            catch (SourceFileException ex)
            {
                return await FailAsync(ex.Errors.Select(e => $"{path}: {e}"));
            }
        }, cancellationToken);
    }

    private static async Task<int> ListAsync(IServiceProvider sp, CancellationToken cancellationToken)
    {
        var db = sp.GetRequiredService<SyndicatorDbContext>();
        var communes = await db.Communes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken);
        var rows = await db.Sources.AsNoTracking().ToListAsync(cancellationToken);
        Console.WriteLine($"{"COMMUNE",-14} {"ON",-3} {"KIND",-4} {"PRIO",4} {"LAST SUCCESS",-17} {"FAIL",4} {"PARK",-4} {"NAME",-40} URL / LAST ERROR");
        foreach (var s in rows.OrderBy(r => communes.GetValueOrDefault(r.CommuneId), StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal))
        {
            var success = s.LastSuccessAt?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "never";
            Console.WriteLine($"{communes.GetValueOrDefault(s.CommuneId),-14} {(s.Enabled ? "yes" : "no"),-3} {s.Kind,-4} {s.Priority,4} {success,-17} {s.ConsecutiveFailures,4} {(s.Parked ? "yes" : "no"),-4} {FeedReportWriter.Shorten(s.Name, 40),-40} {s.Url}");
            if (s.LastError is not null) Console.WriteLine($"{"",-55}last error: {s.LastError}");
        }

        if (rows.Count == 0) Console.WriteLine("No sources.");
        return 0;
    }

    private static async Task<int> FailAsync(IEnumerable<string> errors)
    {
        foreach (var error in errors) await Console.Error.WriteLineAsync($"syndicator: {error}");
        return 1;
    }
}

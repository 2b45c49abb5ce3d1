using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Classification;

namespace Syndicator.Worker.Cli;

/// <summary>
/// `syndicator rules list|import|export|apply`: the NQ57 relevance rules (format: docs/rules.md). Import replaces the
/// rules of one scope (global, a commune, or a source) with a whole, validated file.
/// </summary>
public static class RulesCommands
{
    public static Command Create()
    {
        var rules = new Command("rules", "List, import, export and re-apply the NQ57 relevance rules.");
        rules.Subcommands.Add(List());
        rules.Subcommands.Add(Import());
        rules.Subcommands.Add(Export());
        rules.Subcommands.Add(RulesApplyCommand.Create());
        return rules;
    }

    private static Command List()
    {
        var commune = new Option<string?>("--commune") { Description = "Only global rules and this commune's (and its sources')." };
        var list = new Command("list", "List rules in evaluation order per scope.") { commune };
        list.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, token) =>
        {
            var db = sp.GetRequiredService<SyndicatorDbContext>();
            var scope = await RuleScopeResolver.ResolveAsync(db, parse.GetValue(commune), null, token);
            var rows = await db.RelevanceRules.AsNoTracking().ToListAsync(token);
            var shown = rows.Where(r => scope.CommuneId is null || r.CommuneId is null || r.CommuneId == scope.CommuneId)
                .OrderBy(r => r.SourceId is not null ? 0 : r.CommuneId is not null ? 1 : 2).ThenBy(r => r.Order).ToList();
            Console.WriteLine($"{"SCOPE",-8} {"#",4} {"ON",-3} {"ACTION",-7} {"MATCH",-7} {"ACC",-3} {"WEIGHT",6} {"THEME",-24} {"FIELDS",-30} PATTERN");
            foreach (var r in shown)
            {
                var where = r.SourceId is not null ? "source" : r.CommuneId is not null ? "commune" : "global";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{where,-8} {r.Order,4} {(r.Enabled ? "yes" : "no"),-3} {r.Action,-7} {r.Match,-7} {(r.AccentInsensitive ? "no" : "yes"),-3} {r.Weight,6:0.##} {r.ThemeKey ?? "-",-24} {r.Fields,-30} {r.Pattern}"));
            }

            Console.WriteLine($"{shown.Count} rules.");
            return 0;
        }, ct)));
        return list;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file.yaml") { Description = "A rules YAML file (see src/Worker/rules/default-rules.yaml)." };
        var commune = new Option<string?>("--commune") { Description = "Replace this commune's rules (default: the global rules)." };
        var source = new Option<string?>("--source") { Description = "Replace the rules of the source with this URL." };
        var import = new Command("import", "Replace the rules of one scope with a YAML file, validated as a whole.") { file, commune, source };
        import.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, token) =>
        {
            var db = sp.GetRequiredService<SyndicatorDbContext>();
            var path = parse.GetValue(file)!;
            try
            {
                var scope = await RuleScopeResolver.ResolveAsync(db, parse.GetValue(commune), parse.GetValue(source), token);
                var themes = (await db.Themes.Select(t => t.Key).ToListAsync(token)).ToHashSet(StringComparer.Ordinal);
                var rules = RuleYaml.Parse(await File.ReadAllTextAsync(path, token), themes);
                var old = await db.RelevanceRules.Where(r => r.CommuneId == scope.CommuneId && r.SourceId == scope.SourceId).ToListAsync(token);
                db.RelevanceRules.RemoveRange(old);
                foreach (var rule in rules)
                {
                    rule.CommuneId = scope.CommuneId;
                    rule.SourceId = scope.SourceId;
                    db.RelevanceRules.Add(rule);
                }

                db.Audit(sp.GetRequiredService<TimeProvider>().GetUtcNow(), scope.CommuneId, "cli", "rules.imported", "relevance_rules",
                    scope.SourceId ?? scope.CommuneId ?? Guid.Empty, new { file = Path.GetFileName(path), replaced = old.Count, imported = rules.Count });
                await db.SaveChangesAsync(token);
                Console.WriteLine($"Imported {rules.Count} rules for {scope.Label} from {path} (replaced {old.Count}).");
                return 0;
            }
            catch (RuleFileException ex)
            {
                foreach (var error in ex.Errors) await Console.Error.WriteLineAsync($"syndicator: {path}: {error}");
                return 1;
            }
            catch (IOException ex)
            {
                await Console.Error.WriteLineAsync($"syndicator: cannot read {path}: {ex.Message}");
                return 1;
            }
        }, ct)));
        return import;
    }

    private static Command Export()
    {
        var commune = new Option<string?>("--commune") { Description = "This commune's rules (default: the global rules)." };
        var source = new Option<string?>("--source") { Description = "The rules of the source with this URL." };
        var export = new Command("export", "Write the rules of one scope as YAML to stdout.") { commune, source };
        export.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, token) =>
        {
            var db = sp.GetRequiredService<SyndicatorDbContext>();
            try
            {
                var scope = await RuleScopeResolver.ResolveAsync(db, parse.GetValue(commune), parse.GetValue(source), token);
                var rows = await db.RelevanceRules.AsNoTracking().Where(r => r.CommuneId == scope.CommuneId && r.SourceId == scope.SourceId)
                    .OrderBy(r => r.Order).ToListAsync(token);
                Console.Out.Write(RuleYaml.Write(rows));
                return 0;
            }
            catch (RuleFileException ex)
            {
                foreach (var error in ex.Errors) await Console.Error.WriteLineAsync($"syndicator: {error}");
                return 1;
            }
        }, ct)));
        return export;
    }
}

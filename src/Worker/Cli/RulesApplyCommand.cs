using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Worker.Classification;

namespace Syndicator.Worker.Cli;

/// <summary>`syndicator rules apply [--commune slug] [--all] [--dry-run]`: re-apply the current rules to stored items.</summary>
public static class RulesApplyCommand
{
    public static Command Create()
    {
        var commune = new Option<string?>("--commune") { Description = "Only this commune's items." };
        var all = new Option<bool>("--all") { Description = "Also items already composed (their posts are never touched)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only show what would change." };
        var apply = new Command("apply", "Re-classify stored items with the current rules and show what changes.") { commune, all, dryRun };
        apply.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, token) =>
        {
            var db = sp.GetRequiredService<SyndicatorDbContext>();
            Guid? communeId = null;
            var slug = parse.GetValue(commune);
            if (slug is not null)
            {
                communeId = await db.Communes.Where(c => c.Slug == slug).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(token);
                if (communeId is null)
                {
                    await Console.Error.WriteLineAsync($"syndicator: no commune with slug '{slug}'");
                    return 1;
                }
            }

            var report = await sp.GetRequiredService<RuleApplier>().ApplyAsync(communeId, parse.GetValue(all), parse.GetValue(dryRun), "cli", token);
            Print(report);
            return 0;
        }, ct)));
        return apply;
    }

    private static void Print(RuleApplyReport report)
    {
        foreach (var change in report.Changes)
        {
            var theme = change.Kind == RuleChange.ThemeChanged ? $" {change.OldTheme} → {change.NewTheme}" : change.NewTheme is null ? "" : $" ({change.NewTheme})";
            Console.WriteLine($"{change.Kind}: {change.ItemId} {change.Title}{theme} [{change.Reason ?? "không khớp quy tắc"}]");
        }

        Console.WriteLine($"Đã xét {report.Checked} tin: mới liên quan {report.BecameRelevant}, bị loại {report.Dropped}, đổi chủ đề {report.ThemeChanged}"
            + (report.DryRun ? " (chạy thử, chưa ghi gì)." : " (đã ghi)."));
    }
}

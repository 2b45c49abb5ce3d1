using System.CommandLine;
using Syndicator.Storage;
using Syndicator.Worker.Reports;

namespace Syndicator.Worker.Cli;

/// <summary>`syndicator audit export --from --to [--commune] [--format csv|json]`: the audit trail to stdout.</summary>
public static class AuditCommands
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "First day (yyyy-MM-dd, Vietnam time).", Required = true };
        var to = new Option<string>("--to") { Description = "Last day, inclusive (yyyy-MM-dd, Vietnam time).", Required = true };
        var commune = new Option<string?>("--commune") { Description = "Only this commune (slug)." };
        var format = new Option<string>("--format") { Description = "csv (default, UTF-8 with BOM) or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var export = new Command("export", "Export audit events of a period to stdout.") { from, to, commune, format };
        export.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync((sp, token) => ExportAsync(
            sp, parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(commune), parse.GetValue(format)!, token), ct)));
        var audit = new Command("audit", "The append-only audit trail.");
        audit.Subcommands.Add(export);
        return audit;
    }

    private static async Task<int> ExportAsync(IServiceProvider sp, string from, string to, string? commune, string format, CancellationToken ct)
    {
        if (!ReportEndpoints.TryDate(from, default, out var start) || !ReportEndpoints.TryDate(to, default, out var end) || end < start)
        {
            await Console.Error.WriteLineAsync("syndicator: --from/--to must be yyyy-MM-dd and --from must not be after --to.");
            return 2;
        }
        var rows = AuditExport.ReadAsync(sp.GetRequiredService<SyndicatorDbContext>(), start, end, commune, ct);
        await using var stdout = Console.OpenStandardOutput();
        var count = format == "json" ? await AuditExport.WriteJsonAsync(rows, stdout, ct) : await AuditExport.WriteCsvAsync(rows, stdout, ct);
        await Console.Error.WriteLineAsync($"audit export: {count} events");
        return 0;
    }
}

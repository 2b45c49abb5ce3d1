using System.CommandLine;
using Microsoft.Extensions.Options;
using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Cli;

/// <summary>
/// The `syndicator` command: with no sub-command it runs the service (<c>--role all|web|worker</c>); sub-commands are
/// operator tools that work directly on the configured database.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var role = new Option<string?>("--role") { Description = "What this process does: all (default), web or worker." };
        var root = new RootCommand("Syndicator: the NQ57 column syndication service for communes.") { TreatUnmatchedTokensAsErrors = false };
        root.Options.Add(role);
        root.SetAction((parse, ct) => Guard(() => RunServiceAsync(parse.GetValue(role), parse.UnmatchedTokens.ToArray(), ct)));
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(PostsCommands.Create());
        root.Subcommands.Add(UsersCommands.Create());
        root.Subcommands.Add(AuditCommands.Create());
        root.Subcommands.Add(ReportCommands.Create());
        root.Subcommands.Add(FeedCommands.Create());
        root.Subcommands.Add(SourcesCommands.Create());
        root.Subcommands.Add(RulesCommands.Create());
        root.Subcommands.Add(ItemsCommands.Create());
        root.Subcommands.Add(ChannelsCommands.Create());
        return await root.Parse(args).InvokeAsync();
    }

    /// <summary>Turns configuration problems into one readable line on stderr and exit code 2.</summary>
    public static async Task<int> Guard(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (StartupConfigurationException ex)
        {
            await Console.Error.WriteLineAsync($"syndicator: {ex.Message}");
            return 2;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures) await Console.Error.WriteLineAsync($"syndicator: {failure}");
            return 2;
        }
    }

    private static async Task<int> RunServiceAsync(string? roleValue, string[] hostArgs, CancellationToken cancellationToken)
    {
        var app = ServiceHost.Build(hostArgs, RoleParser.Parse(roleValue, Environment.GetEnvironmentVariable("Syndicator__Role")));
        await DatabaseInitializer.InitializeAsync(app.Services, app.Configuration, cancellationToken);
        await app.RunAsync();
        return 0;
    }
}

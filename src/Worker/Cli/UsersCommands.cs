using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Cli;

/// <summary>`syndicator users add`: creates a dashboard/API user. The password is read from SYNDICATOR_PASSWORD or stdin.</summary>
public static class UsersCommands
{
    public static Command Create()
    {
        var users = new Command("users", "Manage dashboard and API users.");
        var name = new Argument<string>("username");
        var roles = new Option<string[]>("--role") { Description = "editor, approver, ops or admin (repeatable).", Required = true, AllowMultipleArgumentsPerToken = true };
        var communes = new Option<string[]>("--commune") { Description = "Commune slug in scope, or * for all (repeatable).", Required = true, AllowMultipleArgumentsPerToken = true };
        var add = new Command("add", "Create a user.") { name, roles, communes };
        add.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, _) =>
        {
            var password = Environment.GetEnvironmentVariable("SYNDICATOR_PASSWORD") ?? await Console.In.ReadLineAsync(ct);
            if (string.IsNullOrWhiteSpace(password))
            {
                await Console.Error.WriteLineAsync("syndicator: give the password in SYNDICATOR_PASSWORD or on standard input.");
                return 2;
            }
            var error = await UserAccounts.CreateAsync(sp.GetRequiredService<UserManager<AppUser>>(), parse.GetValue(name)!, password.Trim(),
                parse.GetValue(roles) ?? [], parse.GetValue(communes) ?? []);
            Console.WriteLine(error is null ? "User created." : $"users add: {error}");
            return error is null ? 0 : 1;
        }, ct)));
        users.Subcommands.Add(add);
        return users;
    }
}

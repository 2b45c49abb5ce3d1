using System.CommandLine;
using Syndicator.Storage;
using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Cli;

public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply database migrations for the configured provider, then exit.");
        command.SetAction((_, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, token) =>
        {
            var db = sp.GetRequiredService<SyndicatorDbContext>();
            await DatabaseInitializer.MigrateOrVerifyAsync(db, migrate: true, token);
            await ThemeSeeder.SeedAsync(db, token);
            Console.WriteLine($"Database is up to date ({sp.GetRequiredService<StorageSettings>().Provider}).");
            return 0;
        }, ct, initialize: false)));
        return command;
    }
}

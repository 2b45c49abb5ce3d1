using Syndicator.Worker.Cli;

return await CliApp.RunAsync(args);

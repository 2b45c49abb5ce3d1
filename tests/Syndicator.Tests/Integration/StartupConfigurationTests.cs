using Syndicator.Tests.Infrastructure;

namespace Syndicator.Tests.Integration;

/// <summary>Bad configuration stops the real executable at start-up with one message naming the setting.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StartupConfigurationTests
{
    [Theory]
    [InlineData("Syndicator__Storage__Provider", "mysql", "Syndicator:Storage:Provider", "unknown storage provider 'mysql'")]
    [InlineData("ConnectionStrings__Syndicator", "Host=127.0.0.1;Port=1;Database=x;Timeout=2", "ConnectionStrings:Syndicator", "cannot connect to PostgreSQL at 127.0.0.1:1")]
    [InlineData("ConnectionStrings__Syndicator", "Hots=db;;Pasword", "ConnectionStrings:Syndicator", "not a valid PostgreSQL connection string")]
    [InlineData("Syndicator__Publishing__MaxAttempts", "0", "Syndicator:Publishing:MaxAttempts", "must be between 1 and 100")]
    [InlineData("Syndicator__Fetching__IdleTimeout", "00:00:45", "Syndicator:Fetching:IdleTimeout", "must be shorter than Syndicator:Fetching:Timeout (00:00:30)")]
    public async Task Start_withBadSetting_exitsWithMessageNamingTheSetting(string variable, string value, string setting, string problem)
    {
        var data = Directory.CreateTempSubdirectory("syndicator-badconfig-").FullName;
        var (exitCode, output) = await SyndicatorProcess.RunAsync(["--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string> { [variable] = value, ["Syndicator__DataDirectory"] = data, ["Syndicator__SeedDemo"] = "false" },
            TimeSpan.FromSeconds(60));

        Assert.Equal(2, exitCode);
        Assert.Contains($"Configuration error in '{setting}'", output);
        Assert.Contains(problem, output);
        Assert.DoesNotContain("Unhandled exception", output);
    }

    [Fact]
    public async Task Start_withUnknownRole_exitsWithMessageNamingTheOption()
    {
        var (exitCode, output) = await SyndicatorProcess.RunAsync(["--role", "publisher"], new Dictionary<string, string>(), TimeSpan.FromSeconds(60));
        Assert.Equal(2, exitCode);
        Assert.Contains("--role", output);
        Assert.Contains("unknown role 'publisher'", output);
    }
}

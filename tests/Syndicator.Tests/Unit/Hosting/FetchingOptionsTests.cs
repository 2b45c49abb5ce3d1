using Syndicator.Worker.Hosting;

namespace Syndicator.Tests.Unit.Hosting;

public sealed class FetchingOptionsTests
{
    [Fact]
    public void Validate_defaults_pass()
    {
        var options = new SyndicatorOptions();

        Assert.True(new SyndicatorOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(TimeSpan.FromSeconds(20), options.Fetching.IdleTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Fetching.Timeout);
    }

    [Theory]
    [InlineData("00:00:30", "00:00:30", "Syndicator:Fetching:IdleTimeout", "must be shorter than Syndicator:Fetching:Timeout")]
    [InlineData("00:00:10", "00:00:20", "Syndicator:Fetching:IdleTimeout", "must be shorter than Syndicator:Fetching:Timeout")]
    [InlineData("00:00:30", "00:00:00", "Syndicator:Fetching:IdleTimeout", "must be between")]
    [InlineData("00:30:00", "00:00:20", "Syndicator:Fetching:Timeout", "must be between")]
    public void Validate_badFetchLimits_failNamingTheKey(string timeout, string idle, string key, string problem)
    {
        var options = new SyndicatorOptions { Fetching = new FetchingOptions { Timeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture), IdleTimeout = TimeSpan.Parse(idle, System.Globalization.CultureInfo.InvariantCulture) } };

        var result = new SyndicatorOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.Contains($"Configuration error in '{key}'", failure);
        Assert.Contains(problem, failure);
    }
}

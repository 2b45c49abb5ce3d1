namespace Syndicator.Worker.Hosting;

/// <summary>Bad configuration: start-up stops with this message, which names the setting to fix.</summary>
public sealed class StartupConfigurationException(string setting, string problem, Exception? inner = null)
    : Exception($"Configuration error in '{setting}': {problem}", inner)
{
    public string Setting { get; } = setting;
}

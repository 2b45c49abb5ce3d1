using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Cli;

public static class RoleParser
{
    public static ServiceRole Parse(string? option, string? environment)
    {
        var value = option ?? environment;
        if (string.IsNullOrWhiteSpace(value)) return ServiceRole.All;
        return Enum.TryParse<ServiceRole>(value, ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : throw new StartupConfigurationException("--role (Syndicator:Role)", $"unknown role '{value}'. Use all, web or worker.");
    }
}

namespace Syndicator.Worker.Hosting;

/// <summary>Names of the settings that start-up validates, so error messages and docs agree.</summary>
public static class ConfigKeys
{
    public const string ConnectionString = "ConnectionStrings:Syndicator";
    public const string Provider = "Syndicator:Storage:Provider";
    public const string MigrateOnStart = "Syndicator:Storage:MigrateOnStart";
    public const string DataDirectory = "Syndicator:DataDirectory";
    public const string Role = "Syndicator:Role";
    public const string Section = "Syndicator";
}

namespace Syndicator.Worker.Hosting;

/// <summary>Absolute paths derived from <see cref="SyndicatorOptions.DataDirectory"/>.</summary>
public sealed record DataPaths(string Root)
{
    public string Outbox => Path.Combine(Root, "outbox");
    public string Keys => Path.Combine(Root, "keys");
    public string Radio => Path.Combine(Root, "radio");

    /// <summary>Sample feeds shipped with the program (copied next to the executable).</summary>
    public static string DemoFeeds => Path.Combine(AppContext.BaseDirectory, "demo", "feeds");

    public static DataPaths From(IConfiguration configuration)
    {
        var configured = configuration[ConfigKeys.DataDirectory];
        var root = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        return new DataPaths(root);
    }
}

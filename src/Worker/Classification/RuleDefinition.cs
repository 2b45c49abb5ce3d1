namespace Syndicator.Worker.Classification;

/// <summary>
/// One entry of a rules YAML file. Only <c>pattern</c> is required; the rest default to an accent-insensitive
/// include keyword over title, summary, content and category with weight 1. <c>order</c> defaults to the position.
/// </summary>
public sealed class RuleDefinition
{
    public string? Action { get; set; }
    public string? Match { get; set; }
    public string? Pattern { get; set; }
    public List<string>? Fields { get; set; }
    public bool? AccentInsensitive { get; set; }
    public string? Theme { get; set; }
    public double? Weight { get; set; }
    public bool? Enabled { get; set; }
    public int? Order { get; set; }
}

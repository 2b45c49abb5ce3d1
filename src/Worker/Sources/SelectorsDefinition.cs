namespace Syndicator.Worker.Sources;

/// <summary>XPath selectors of an html source, as written in YAML (see <see cref="SourceDefinition"/>).</summary>
public sealed class SelectorsDefinition
{
    public string? Item { get; set; }
    public string? Title { get; set; }
    public string? Link { get; set; }
    public string? Date { get; set; }
    public string? Summary { get; set; }
    public string? Image { get; set; }
}

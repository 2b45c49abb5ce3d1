namespace Syndicator.Storage.Entities;

/// <summary>
/// One ordered include/exclude rule. Global when CommuneId and SourceId are null; per commune; or per source.
/// The first matching exclude drops an item; includes add their weight and suggest a theme.
/// </summary>
public sealed class RelevanceRule
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid? CommuneId { get; set; }
    public Guid? SourceId { get; set; }
    public int Order { get; set; }
    /// <summary>"include" or "exclude".</summary>
    public required string Action { get; set; }
    /// <summary>"keyword" (whole words), "phrase" (substring) or "regex".</summary>
    public required string Match { get; set; }
    public required string Pattern { get; set; }
    /// <summary>Comma-separated: title, summary, content, url, category.</summary>
    public string Fields { get; set; } = "title,summary,content,category";
    public bool AccentInsensitive { get; set; } = true;
    public string? ThemeKey { get; set; }
    public double Weight { get; set; } = 1;
    public bool Enabled { get; set; } = true;
}

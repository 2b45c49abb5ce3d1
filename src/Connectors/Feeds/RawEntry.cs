namespace Syndicator.Connectors.Feeds;

/// <summary>Values of one entry as found in the document, before normalisation.</summary>
internal sealed class RawEntry
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public bool TitleIsHtml { get; set; }
    public string? Link { get; set; }
    public string? Published { get; set; }
    public string? Updated { get; set; }
    public string? Author { get; set; }
    public List<string> Categories { get; } = [];
    public string? SummaryHtml { get; set; }
    public string? ContentHtml { get; set; }
    public string? ImageUrl { get; set; }
    public List<(string Url, string? MediaType, string? Length)> Enclosures { get; } = [];

    /// <summary>A base URI from the entry itself (Atom xml:base), when present.</summary>
    public Uri? Base { get; set; }
}

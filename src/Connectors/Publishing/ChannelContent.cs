namespace Syndicator.Connectors.Publishing;

/// <summary>A post rendered for one channel. Each channel uses the fields that make sense for it.</summary>
/// <param name="Title">Headline (portal title, Zalo article title).</param>
/// <param name="Text">Plain text (Facebook message, Zalo broadcast line, radio script).</param>
/// <param name="Html">Sanitised HTML body (portal article, Zalo article body).</param>
/// <param name="Summary">Short plain-text lead (Zalo description, portal excerpt).</param>
/// <param name="Link">Canonical link to the original story (Facebook link card).</param>
/// <param name="ImageUrl">Cover image URL, absolute.</param>
/// <param name="Slug">Portal slug; equal to the delivery key so creation is idempotent.</param>
public sealed record ChannelContent(
    string Title,
    string Text,
    string Html,
    string? Summary = null,
    string? Link = null,
    string? ImageUrl = null,
    string? Slug = null)
{
    public IReadOnlyList<string> Hashtags { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
}

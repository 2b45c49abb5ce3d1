namespace Syndicator.Worker.Rendering;

/// <summary>What every channel rendering starts from: the template model plus cleaned plain values.</summary>
/// <param name="Model">Template model (strings and lists of dictionaries only).</param>
/// <param name="Title">Plain one-line title.</param>
/// <param name="Lead">Plain one-line lead (single story) or intro (digest), if any.</param>
/// <param name="BodyText">Plain text of the body (single story); empty for a digest.</param>
/// <param name="Link">Safe link to the original (single story only).</param>
/// <param name="Items">Digest items as template dictionaries; null for a single story.</param>
internal sealed record RenderInput(
    IReadOnlyDictionary<string, object?> Model,
    string Title,
    string? Lead,
    string BodyText,
    string? Link,
    string? ImageUrl,
    string DeliveryKey,
    string ThemeName,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<SourceAttribution> Sources,
    IReadOnlyList<IReadOnlyDictionary<string, object?>>? Items)
{
    public bool IsDigest => Items is not null;

    /// <summary>A copy of the model with some fields replaced.</summary>
    public IReadOnlyDictionary<string, object?> ModelWith(IEnumerable<KeyValuePair<string, object?>> replacements)
    {
        var copy = new Dictionary<string, object?>(Model, StringComparer.Ordinal);
        foreach (var (key, value) in replacements)
        {
            copy[key] = value;
        }

        return copy;
    }
}

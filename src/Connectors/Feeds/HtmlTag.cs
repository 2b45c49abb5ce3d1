namespace Syndicator.Connectors.Feeds;

/// <summary>One start or end tag read by <see cref="HtmlTagReader"/>; spans point into <see cref="Source"/>.</summary>
internal sealed class HtmlTag
{
    public string Source { get; set; } = "";
    public int NameStart { get; set; }
    public int NameLength { get; set; }
    public bool IsEnd { get; set; }
    public bool SelfClosing { get; set; }
    public List<HtmlAttributeSpan> Attributes { get; } = [];

    public ReadOnlySpan<char> Name => Source.AsSpan(NameStart, NameLength);

    /// <summary>The raw value of the first attribute called <paramref name="name"/> (any case), or null.</summary>
    public string? Attribute(string name)
    {
        foreach (var a in Attributes)
        {
            if (Source.AsSpan(a.NameStart, a.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return Source.Substring(a.ValueStart, a.ValueLength);
            }
        }

        return null;
    }
}

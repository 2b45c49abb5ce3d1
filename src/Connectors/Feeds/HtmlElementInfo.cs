namespace Syndicator.Connectors.Feeds;

/// <summary>What the streaming sanitiser needs to know about one known element name (lower case).</summary>
internal sealed class HtmlElementInfo
{
    private static readonly string[] VoidNames =
        ["br", "img", "hr", "input", "link", "meta", "base", "embed", "col", "area", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "isindex"];

    private static readonly string[] RawTextNames = ["script", "style", "textarea", "title"];

    private static readonly string[] TextBreakNames = ["br", "p", "li", "td", "th", "tr", "blockquote", "figcaption"];

    private static readonly Dictionary<string, HtmlElementInfo> ByName = Build();

    private static readonly Dictionary<string, HtmlElementInfo>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    private HtmlElementInfo(string name)
    {
        Name = name;
        Allowed = HtmlSanitizerPolicy.AllowedElements.TryGetValue(name, out var allowed) ? allowed : null;
        Dropped = HtmlSanitizerPolicy.DroppedWithContent.Contains(name);
        Block = HtmlSanitizerPolicy.BlockElements.Contains(name);
        Void = VoidNames.Contains(name);
        RawText = RawTextNames.Contains(name);
        TextBreak = TextBreakNames.Contains(name) || Block || name.StartsWith('h');
    }

    public string Name { get; }

    /// <summary>The attributes an allowed element keeps; null when the element is not allowed.</summary>
    public string[]? Allowed { get; }

    /// <summary>Removed with everything inside it (for the text: always, even a YouTube iframe).</summary>
    public bool Dropped { get; }

    /// <summary>Unwrapped with a line break after it.</summary>
    public bool Block { get; }

    /// <summary>Never has content or an end tag.</summary>
    public bool Void { get; }

    /// <summary>Its content is text up to its own end tag (script, style…), never markup.</summary>
    public bool RawText { get; }

    /// <summary>Separates words in the plain text (a space before and after it).</summary>
    public bool TextBreak { get; }

    /// <summary>The known element of that name (any case), or null for an unknown element.</summary>
    public static HtmlElementInfo? Find(ReadOnlySpan<char> name) => Lookup.TryGetValue(name, out var info) ? info : null;

    /// <summary>Whether an unknown element separates words in the plain text (names starting with h).</summary>
    public static bool UnknownBreaksText(ReadOnlySpan<char> name) => name.Length > 0 && name[0] is 'h' or 'H';

    private static Dictionary<string, HtmlElementInfo> Build()
    {
        var names = HtmlSanitizerPolicy.AllowedElements.Keys.Concat(HtmlSanitizerPolicy.DroppedWithContent)
            .Concat(HtmlSanitizerPolicy.BlockElements).Concat(VoidNames).Concat(RawTextNames).Concat(TextBreakNames);
        var result = new Dictionary<string, HtmlElementInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            result.TryAdd(name, new HtmlElementInfo(name));
        }

        return result;
    }
}

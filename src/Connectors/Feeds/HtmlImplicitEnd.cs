namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Start tags that end the open element without its end tag, as HTML parsers do for lists, tables, paragraphs and links:
/// &lt;li&gt; ends an open &lt;li&gt;, &lt;td&gt; an open &lt;td&gt;, &lt;tr&gt; an open cell or row, and so on.
/// </summary>
internal static class HtmlImplicitEnd
{
    /// <summary>True when starting <paramref name="starting"/> ends the open element <paramref name="open"/>.</summary>
    public static bool Ends(string? open, string? starting) => (open, starting) switch
    {
        (null, _) or (_, null) => false,
        ("p", "p") or ("a", "a") or ("li", "li") => true,
        ("dt" or "dd", "dt" or "dd") => true,
        ("td" or "th", "td" or "th" or "tr") => true,
        ("tr", "tr") => true,
        _ => false,
    };
}

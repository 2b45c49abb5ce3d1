namespace Syndicator.Connectors.Feeds;

/// <summary>Markup the streaming sanitiser drops whole: comments, CDATA sections, declarations, raw-text elements.</summary>
internal static class HtmlMarkup
{
    /// <summary>
    /// At a '&lt;' opening a comment (to "--&gt;"), a CDATA section (to "]]&gt;"), a declaration or processing
    /// instruction (to '&gt;'), returns the index after it (the input's end when unterminated); otherwise <paramref name="lt"/>.
    /// </summary>
    public static int Skip(string s, int lt)
    {
        if (lt + 1 >= s.Length || s[lt + 1] is not ('!' or '?'))
        {
            return lt;
        }

        var rest = s.AsSpan(lt);
        var (close, from) = rest.StartsWith("<!--") ? ("-->", 4) : rest.StartsWith("<![CDATA[") ? ("]]>", 9) : (">", 2);
        var end = s.IndexOf(close, lt + from, StringComparison.Ordinal);
        return end < 0 ? s.Length : end + close.Length;
    }

    /// <summary>The index after the end tag of the raw-text element <paramref name="name"/> (any case), or the input's end.</summary>
    public static int SkipRawText(string s, int from, string name)
    {
        var i = from;
        while (true)
        {
            var lt = s.IndexOf("</", i, StringComparison.Ordinal);
            if (lt < 0)
            {
                return s.Length;
            }

            var after = lt + 2 + name.Length;
            if (after <= s.Length && s.AsSpan(lt + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == s.Length || s[after] is '>' or '/' || char.IsWhiteSpace(s[after])))
            {
                var gt = s.IndexOf('>', after);
                return gt < 0 ? s.Length : gt + 1;
            }

            i = lt + 2;
        }
    }
}

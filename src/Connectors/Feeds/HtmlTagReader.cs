namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Reads one tag of possibly malformed HTML: a name up to white space, '/' or '&gt;', then attributes with
/// double-quoted, single-quoted, unquoted or no values. A tag cut off by the end of the input is not a tag.
/// </summary>
internal static class HtmlTagReader
{
    /// <summary>Reads the tag whose name starts at <paramref name="nameStart"/>.</summary>
    /// <returns>The index just after the closing '&gt;', or -1 when the input ends inside the tag.</returns>
    public static int Read(string s, int nameStart, bool isEnd, HtmlTag tag)
    {
        tag.Source = s;
        tag.IsEnd = isEnd;
        tag.SelfClosing = false;
        tag.Attributes.Clear();
        var i = nameStart;
        while (i < s.Length && !IsNameEnd(s[i]))
        {
            i++;
        }

        tag.NameStart = nameStart;
        tag.NameLength = i - nameStart;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c == '/' || char.IsWhiteSpace(c))
            {
                tag.SelfClosing = c == '/' && i + 1 < s.Length && s[i + 1] == '>';
                i++;
                continue;
            }

            i = ReadAttribute(s, i, tag);
        }

        return -1;
    }

    private static bool IsNameEnd(char c) => c is '>' or '/' || char.IsWhiteSpace(c);

    private static int ReadAttribute(string s, int start, HtmlTag tag)
    {
        var i = start;
        while (i < s.Length && s[i] != '=' && s[i] != '>' && !char.IsWhiteSpace(s[i]) && (s[i] != '/' || i == start))
        {
            i++;
        }

        var nameLength = i - start;
        var j = SkipSpace(s, i);
        if (j >= s.Length || s[j] != '=')
        {
            tag.Attributes.Add(new HtmlAttributeSpan(start, nameLength, i, 0));
            return i;
        }

        j = SkipSpace(s, j + 1);
        if (j < s.Length && s[j] is '"' or '\'')
        {
            var close = s.IndexOf(s[j], j + 1);
            if (close < 0)
            {
                return s.Length; // unterminated quote: the tag never ends
            }

            tag.Attributes.Add(new HtmlAttributeSpan(start, nameLength, j + 1, close - j - 1));
            return close + 1;
        }

        var end = j;
        while (end < s.Length && s[end] != '>' && !char.IsWhiteSpace(s[end]))
        {
            end++;
        }

        tag.Attributes.Add(new HtmlAttributeSpan(start, nameLength, j, end - j));
        return end;
    }

    private static int SkipSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }
}

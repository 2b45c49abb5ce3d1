using System.Text;

namespace Syndicator.Connectors.Feeds;

/// <summary>Minimal HTML escaping that leaves non-ASCII letters (Vietnamese) readable.</summary>
internal static class HtmlEscaping
{
    public static string Encode(string text, bool attribute)
    {
        if (!NeedsEncoding(text, attribute))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' when attribute => builder.Append("&quot;"),
                _ when char.IsControl(c) && c is not '\n' and not '\t' => builder,
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static bool NeedsEncoding(string text, bool attribute)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' || (c == '"' && attribute) || (char.IsControl(c) && c is not '\n' and not '\t'))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Text;

namespace Syndicator.Connectors.Feeds;

/// <summary>Minimal HTML escaping that leaves non-ASCII letters (Vietnamese) readable.</summary>
internal static class HtmlEscaping
{
    public static string Encode(string text, bool attribute)
    {
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
}

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

    /// <summary>Appends <paramref name="text"/> escaped as <see cref="Encode"/> does, without an intermediate string.</summary>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text, bool attribute)
    {
        while (!text.IsEmpty)
        {
            var next = IndexOfSpecial(text, attribute);
            if (next < 0)
            {
                builder.Append(text);
                return;
            }

            builder.Append(text[..next]);
            _ = text[next] switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' when attribute => builder.Append("&quot;"),
                '\n' or '\t' => builder.Append(text[next]),
                _ => builder,
            };
            text = text[(next + 1)..];
        }
    }

    private static int IndexOfSpecial(ReadOnlySpan<char> text, bool attribute)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '&' or '<' or '>' || (c == '"' && attribute) || char.IsControl(c))
            {
                return i;
            }
        }

        return -1;
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

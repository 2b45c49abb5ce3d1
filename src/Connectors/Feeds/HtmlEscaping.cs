using System.Buffers;
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

    // Every char that needs attention, split so both searches vectorise: ASCII specials and C0 controls, then C1 controls.
    private const string AsciiControls = "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F";

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create(AsciiControls + "&<>");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create(AsciiControls + "&<>\"");

    private static int IndexOfSpecial(ReadOnlySpan<char> text, bool attribute)
    {
        var ascii = text.IndexOfAny(attribute ? AttributeSpecials : TextSpecials);
        var c1 = (ascii < 0 ? text : text[..ascii]).IndexOfAnyInRange('\u0080', '\u009F');
        return c1 >= 0 ? c1 : ascii;
    }

    private static bool NeedsEncoding(ReadOnlySpan<char> text, bool attribute)
    {
        while (true)
        {
            var next = IndexOfSpecial(text, attribute);
            if (next < 0)
            {
                return false;
            }

            if (text[next] is not ('\n' or '\t'))
            {
                return true;
            }

            text = text[(next + 1)..];
        }
    }
}

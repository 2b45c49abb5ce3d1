using System.Net;
using System.Text;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// A repair pass for XML that failed to parse: cuts junk before the first tag, drops the DOCTYPE
/// (and with it any entity declarations), turns HTML named entities into numeric references and
/// escapes stray ampersands. CDATA sections and comments are left untouched.
/// </summary>
internal static class XmlRepair
{
    private const int MaxEntityNameLength = 32;

    public static string Repair(string text)
    {
        var start = FindFirstTag(text);
        var output = new StringBuilder(text.Length + 64);
        var i = start;
        while (i < text.Length)
        {
            i = text[i] switch
            {
                '<' => CopyMarkup(text, i, output),
                '&' => RepairAmpersand(text, i, output),
                _ => Append(output, text[i], i),
            };
        }

        return output.ToString();
    }

    /// <summary>The index of the first '&lt;' that opens a declaration, comment or element.</summary>
    internal static int FindFirstTag(string text)
    {
        for (var i = text.IndexOf('<'); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
        {
            var next = text[i + 1];
            if (next is '?' or '!' || char.IsLetter(next))
            {
                return i;
            }
        }

        return 0;
    }

    private static int Append(StringBuilder output, char c, int i)
    {
        output.Append(c);
        return i + 1;
    }

    private static int CopyMarkup(string text, int i, StringBuilder output)
    {
        if (At(text, i, "<![CDATA["))
        {
            return CopyThrough(text, i, "]]>", output);
        }

        if (At(text, i, "<!--"))
        {
            return CopyThrough(text, i, "-->", output);
        }

        return At(text, i, "<!DOCTYPE") ? SkipDoctype(text, i) : Append(output, '<', i);
    }

    private static int CopyThrough(string text, int i, string terminator, StringBuilder output)
    {
        var end = text.IndexOf(terminator, i, StringComparison.Ordinal);
        end = end < 0 ? text.Length : end + terminator.Length;
        output.Append(text, i, end - i);
        return end;
    }

    private static int SkipDoctype(string text, int i)
    {
        var depth = 0;
        for (var j = i; j < text.Length; j++)
        {
            depth += text[j] switch { '[' => 1, ']' => -1, _ => 0 };
            if (text[j] == '>' && depth <= 0)
            {
                return j + 1;
            }
        }

        return text.Length;
    }

    private static int RepairAmpersand(string text, int i, StringBuilder output)
    {
        var semicolon = text.IndexOf(';', i + 1, Math.Min(MaxEntityNameLength + 2, text.Length - i - 1));
        var name = semicolon < 0 ? null : text[(i + 1)..semicolon];
        var replacement = name is null ? null : EntityReplacement(name);
        if (replacement is null)
        {
            output.Append("&amp;");
            return i + 1;
        }

        output.Append(replacement);
        return semicolon + 1;
    }

    private static string? EntityReplacement(string name)
    {
        if (name is "amp" or "lt" or "gt" or "quot" or "apos")
        {
            return "&" + name + ";";
        }

        if (name.StartsWith('#'))
        {
            return IsValidCharacterReference(name) ? "&" + name + ";" : string.Empty;
        }

        if (name.Length == 0 || !name.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var decoded = WebUtility.HtmlDecode("&" + name + ";");
        return decoded.StartsWith('&') ? null : string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};"));
    }

    private static bool IsValidCharacterReference(string name)
    {
        var hex = name.Length > 1 && name[1] is 'x' or 'X';
        var digits = name[(hex ? 2 : 1)..];
        var ok = hex
            ? int.TryParse(digits, System.Globalization.NumberStyles.HexNumber, null, out var value)
            : int.TryParse(digits, out value);
        return ok && digits.Length > 0 && (value is 0x9 or 0xA or 0xD || value is >= 0x20 and <= 0xD7FF || value is >= 0xE000 and <= 0x10FFFF and not (0xFFFE or 0xFFFF));
    }

    private static bool At(string text, int i, string token) =>
        string.CompareOrdinal(text, i, token, 0, token.Length) == 0
        || (token == "<!DOCTYPE" && string.Compare(text, i, token, 0, token.Length, StringComparison.OrdinalIgnoreCase) == 0);
}

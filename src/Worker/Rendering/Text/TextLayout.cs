using System.Text.RegularExpressions;

namespace Syndicator.Worker.Rendering.Text;

/// <summary>Whitespace clean-up for plain-text output.</summary>
public static partial class TextLayout
{
    /// <summary>Collapses runs of spaces, trims every line, keeps at most one blank line between paragraphs.</summary>
    public static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    /// <summary>Joins everything onto one line with single spaces.</summary>
    public static string OneLine(string text) => AnyWhitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[ \t\u00A0\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex AnyWhitespace();
}

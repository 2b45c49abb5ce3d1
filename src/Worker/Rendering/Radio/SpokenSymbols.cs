using System.Globalization;
using System.Text;

namespace Syndicator.Worker.Rendering.Radio;

/// <summary>Replaces or drops symbols that a reader would stumble on (emoji, bullets, slashes).</summary>
internal static class SpokenSymbols
{
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(Spoken(rune));
        }

        return builder.ToString();
    }

    private static string Spoken(Rune rune)
    {
        switch (rune.Value)
        {
            case '&':
                return " và ";
            case '+':
                return " cộng ";
            case '/' or '|' or '\\' or '_' or '*' or '•' or '~' or '^' or '=' or '<' or '>' or '@' or '#':
                return " ";
            case '\n':
                return "\n";
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.Format or UnicodeCategory.Control
            ? " "
            : rune.ToString();
    }
}

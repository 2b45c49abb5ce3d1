using System.Text;

namespace Syndicator.Connectors.Portal;

/// <summary>
/// Normalises a delivery key the way WordPress sanitises slugs (lower-case, <c>[a-z0-9_-]</c>, single dashes),
/// so the slug WordPress stores equals the one we asked for unless it added a "-2" suffix.
/// </summary>
public static class WordPressSlug
{
    public static string From(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.ToLowerInvariant())
        {
            var keep = char.IsAsciiLetterOrDigit(c) || c == '_';
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}

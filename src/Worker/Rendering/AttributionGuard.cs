using Syndicator.Worker.Rendering.Text;

namespace Syndicator.Worker.Rendering;

/// <summary>Makes sure every source is credited, even when an admin template forgot it.</summary>
internal static class AttributionGuard
{
    public static string EnsureHtml(string html, IReadOnlyList<SourceAttribution> sources)
    {
        var missing = sources.Where(source => !IsCreditedInHtml(html, source)).ToList();
        return missing.Count == 0
            ? html
            : html + "\n<p class=\"nq57-source\">Nguồn: " + string.Join(", ", missing.Select(LinkHtml)) + "</p>";
    }

    public static string EnsureText(string text, IReadOnlyList<SourceAttribution> sources)
    {
        var missing = sources.Where(source => !text.Contains(source.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        return missing.Count == 0 ? text : text.TrimEnd() + "\n\n" + TextLine(missing);
    }

    public static string TextLine(IReadOnlyList<SourceAttribution> sources) =>
        "Nguồn: " + string.Join(", ", sources.Select(source => source.Name).Distinct());

    private static bool IsCreditedInHtml(string html, SourceAttribution source) =>
        source.Url is null
            ? html.Contains(HtmlText.Escape(source.Name), StringComparison.OrdinalIgnoreCase)
            : html.Contains($"href=\"{HtmlText.Escape(source.Url)}\"", StringComparison.Ordinal);

    private static string LinkHtml(SourceAttribution source) =>
        source.Url is null
            ? HtmlText.Escape(source.Name)
            : $"<a href=\"{HtmlText.Escape(source.Url)}\" rel=\"noopener noreferrer\" target=\"_blank\">{HtmlText.Escape(source.Name)}</a>";
}

using Syndicator.Connectors.Feeds;

namespace Syndicator.Worker.Composition;

/// <summary>Whether an item's body only repeats its summary (a feed without full content gives its description as both).</summary>
public static class LeadRepetition
{
    public static bool RepeatsLead(string? contentHtml, string? summaryText)
    {
        if (contentHtml is null || summaryText is null) return false;
        var body = TextNormalizer.CollapseWhitespace(HtmlSanitizer.ToPlainText(contentHtml, summaryText.Length + 200));
        return body == TextNormalizer.CollapseWhitespace(summaryText);
    }

    /// <summary>A body worth showing besides the lead: present, not blank, and not the summary again.</summary>
    public static bool HasOwnContent(string? contentHtml, string? summaryText) =>
        !string.IsNullOrWhiteSpace(contentHtml) && !RepeatsLead(contentHtml, summaryText);
}

using Syndicator.Connectors.Feeds;

namespace Syndicator.Worker.Classification;

/// <summary>
/// Decides whether an item is NQ57 news and which theme it belongs to. A match in the title weighs double.
/// The verdict keeps the matched rule as its reason.
/// </summary>
public sealed class RelevanceClassifier(IReadOnlyList<KeywordRule> rules)
{
    private readonly IReadOnlyList<(KeywordRule Rule, string Needle)> _rules =
        rules.Select(r => (r, Pad(TextNormalizer.Fingerprint(r.Phrase)))).ToList();

    public RelevanceVerdict Classify(ClassificationInput input)
    {
        var title = Pad(TextNormalizer.Fingerprint(input.Title));
        var body = Pad(TextNormalizer.Fingerprint(string.Join(' ',
            input.Summary ?? "", HtmlSanitizer.ToPlainText(input.ContentHtml ?? "", 20_000), string.Join(' ', input.Categories))));
        var matches = _rules
            .Select(r => (r.Rule, InTitle: title.Contains(r.Needle, StringComparison.Ordinal), InBody: body.Contains(r.Needle, StringComparison.Ordinal)))
            .Where(m => m.InTitle || m.InBody)
            .Select(m => (m.Rule, m.InTitle, Weight: m.Rule.Weight * (m.InTitle ? 2 : 1)))
            .OrderByDescending(m => m.Weight)
            .ToList();
        if (matches.Count == 0) return new RelevanceVerdict(false, 0, null, null);
        var best = matches[0];
        var reason = $"từ khóa \"{best.Rule.Phrase}\" trong {(best.InTitle ? "tiêu đề" : "nội dung")}";
        return new RelevanceVerdict(true, matches.Sum(m => m.Weight), best.Rule.ThemeKey, reason);
    }

    private static string Pad(string text) => $" {text} ";
}

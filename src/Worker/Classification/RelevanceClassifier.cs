using Syndicator.Connectors.Feeds;

namespace Syndicator.Worker.Classification;

/// <summary>
/// Decides whether an item is NQ57 news and which theme it belongs to. A match in the title weighs double.
/// The verdict keeps the matched rule as its reason.
/// </summary>
public sealed class RelevanceClassifier(IReadOnlyList<KeywordRule> rules)
{
    private const int MaxContentChars = 20_000;

    private readonly (KeywordRule Rule, string Needle)[] _rules =
        rules.Select(r => (r, Pad(TextNormalizer.Fingerprint(r.Phrase)))).ToArray();

    public RelevanceVerdict Classify(ClassificationInput input)
    {
        var title = Pad(TextNormalizer.Fingerprint(input.Title));
        var body = Body(input);
        KeywordRule? best = null;
        var bestInTitle = false;
        var bestWeight = 0.0;
        var weights = new double[_rules.Length];
        var matched = 0;
        foreach (var (rule, needle) in _rules)
        {
            var inTitle = title.Contains(needle, StringComparison.Ordinal);
            if (!inTitle && !body.Contains(needle, StringComparison.Ordinal)) continue;
            var weight = rule.Weight * (inTitle ? 2 : 1);
            weights[matched++] = weight;
            // The first rule with the highest weight wins, as with a stable descending sort.
            if (best is null || weight > bestWeight) (best, bestInTitle, bestWeight) = (rule, inTitle, weight);
        }

        if (best is null) return new RelevanceVerdict(false, 0, null, null);
        var reason = $"từ khóa \"{best.Phrase}\" trong {(bestInTitle ? "tiêu đề" : "nội dung")}";
        return new RelevanceVerdict(true, Total(weights.AsSpan(0, matched)), best.ThemeKey, reason);
    }

    /// <summary>Sums the matched weights largest first, the order the score has always been added in.</summary>
    private static double Total(Span<double> weights)
    {
        weights.Sort((a, b) => b.CompareTo(a));
        var total = 0.0;
        foreach (var weight in weights) total += weight;
        return total;
    }

    /// <summary>
    /// The padded fingerprint of summary, content text and categories joined by spaces. Fingerprints of
    /// space-separated parts join with single spaces, so each part is folded on its own.
    /// </summary>
    private static string Body(ClassificationInput input)
    {
        var content = HtmlSanitizer.ToPlainText(input.ContentHtml ?? "", MaxContentChars);
        var parts = new List<string>(2 + input.Categories.Count) { TextNormalizer.Fingerprint(input.Summary ?? ""), TextNormalizer.Fingerprint(content) };
        foreach (var category in input.Categories) parts.Add(TextNormalizer.Fingerprint(category));
        return Pad(string.Join(' ', parts.Where(p => p.Length > 0)));
    }

    private static string Pad(string text) => $" {text} ";
}

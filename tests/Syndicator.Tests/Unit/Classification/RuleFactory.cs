using Syndicator.Storage.Entities;
using Syndicator.Worker.Classification;

namespace Syndicator.Tests.Unit.Classification;

/// <summary>Builds rules and inputs for the classifier tests.</summary>
internal static class RuleFactory
{
    public static RelevanceRule Include(string pattern, string match = RuleMatchKinds.Keyword, string theme = ThemeKeys.DigitalTransformation,
        double weight = 1, bool accentInsensitive = true, string fields = RuleFields.Default, int order = 1) => new()
    {
        Action = RuleActions.Include, Match = match, Pattern = pattern, ThemeKey = theme, Weight = weight,
        AccentInsensitive = accentInsensitive, Fields = fields, Order = order,
    };

    public static RelevanceRule Exclude(string pattern, string match = RuleMatchKinds.Keyword, bool accentInsensitive = true, int order = 1) => new()
    {
        Action = RuleActions.Exclude, Match = match, Pattern = pattern, AccentInsensitive = accentInsensitive, Order = order,
    };

    public static RelevanceVerdict Classify(RelevanceRule[] rules, string title, string? summary = null, string? content = null,
        string? url = null, string[]? categories = null, ClassificationOptions? options = null) =>
        new RelevanceClassifier(rules, options).Classify(new ClassificationInput(title, summary, content, url, categories ?? []));
}

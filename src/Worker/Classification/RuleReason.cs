using System.Globalization;

namespace Syndicator.Worker.Classification;

/// <summary>The Vietnamese "why" stored with an item, e.g. <c>quy tắc #12 "chuyển đổi số" (cụm từ, tiêu đề)</c>.</summary>
public static class RuleReason
{
    public static string For(CompiledRule rule, RuleField field)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"quy tắc #{rule.Rule.Order} \"{rule.Rule.Pattern}\" ({RuleMatchKinds.Label(rule.Rule.Match)}, {RuleFields.Label(field)})");
        return rule.IsExclude ? "loại theo " + text : text;
    }
}

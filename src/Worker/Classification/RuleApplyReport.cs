namespace Syndicator.Worker.Classification;

/// <summary>What re-applying the rules changed (or would change, on a dry run).</summary>
public sealed record RuleApplyReport(int Checked, IReadOnlyList<RuleChange> Changes, bool DryRun)
{
    public int BecameRelevant => Changes.Count(c => c.Kind == RuleChange.BecameRelevant);
    public int Dropped => Changes.Count(c => c.Kind == RuleChange.Dropped);
    public int ThemeChanged => Changes.Count(c => c.Kind == RuleChange.ThemeChanged);
}

namespace Syndicator.Worker.Classification;

/// <summary>What a matching rule does: adds its weight (include) or drops the item (exclude).</summary>
public static class RuleActions
{
    public const string Include = "include";
    public const string Exclude = "exclude";
}

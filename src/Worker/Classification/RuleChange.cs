namespace Syndicator.Worker.Classification;

/// <summary>One stored item whose verdict changes when the current rules are re-applied.</summary>
/// <param name="Kind">"mới liên quan" (became relevant), "bị loại" (dropped) or "đổi chủ đề" (theme changed).</param>
public sealed record RuleChange(Guid ItemId, string Title, string Kind, string? OldTheme, string? NewTheme, string? Reason)
{
    public const string BecameRelevant = "mới liên quan";
    public const string Dropped = "bị loại";
    public const string ThemeChanged = "đổi chủ đề";
}

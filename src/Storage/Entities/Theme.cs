namespace Syndicator.Storage.Entities;

/// <summary>A column theme from the commune plans (e.g. "Chuyển đổi số"), with its hashtag.</summary>
public sealed class Theme
{
    public required string Key { get; init; }
    public required string Name { get; set; }
    public required string Hashtag { get; set; }
    public int SortOrder { get; set; }
}

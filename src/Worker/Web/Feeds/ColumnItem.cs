namespace Syndicator.Worker.Web.Feeds;

/// <summary>One published post of a commune's column, as every feed format shows it.</summary>
public sealed record ColumnItem(
    Guid PostId,
    string Title,
    string? Link,
    string Summary,
    string ThemeName,
    DateTimeOffset Published,
    DateTimeOffset Updated)
{
    public string Urn => $"urn:syndicator:post:{PostId}";
}

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// XPath expressions for scraping a list page. <see cref="Item"/> selects one node per article; the
/// others are evaluated relative to that node. Link and Image may select an attribute
/// (<c>.//a/@href</c>) or an element (its href/src is used). Date may select an element or attribute
/// (a datetime attribute is preferred over text).
/// </summary>
public sealed record HtmlSelectors(
    string Item,
    string Title,
    string Link,
    string? Date = null,
    string? Summary = null,
    string? Image = null);

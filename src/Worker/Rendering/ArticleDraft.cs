namespace Syndicator.Worker.Rendering;

/// <summary>One story to be rendered for the channels of a commune's NQ57 column.</summary>
/// <param name="Title">Headline, plain text.</param>
/// <param name="Lead">Lead paragraph, plain text.</param>
/// <param name="BodyHtml">Body HTML, already sanitised by the allow-list sanitiser; inserted verbatim in HTML channels.</param>
/// <param name="SourceName">Name of the original publisher, shown in the attribution.</param>
/// <param name="SourceUrl">Link to the original story.</param>
/// <param name="ImageUrl">Absolute cover image URL.</param>
/// <param name="ThemeKey">Stable theme key (e.g. "chuyen-doi-so").</param>
/// <param name="ThemeName">Vietnamese theme name (e.g. "Chuyển đổi số").</param>
/// <param name="CommuneName">Commune name as read in a sentence (e.g. "xã Tân Lập").</param>
/// <param name="DeliveryKey">Stable key of the delivery; becomes the portal slug.</param>
/// <param name="PublishedAtUtc">When the original was published.</param>
public sealed record ArticleDraft(
    string Title,
    string? Lead,
    string? BodyHtml,
    string SourceName,
    string SourceUrl,
    string? ImageUrl,
    string ThemeKey,
    string ThemeName,
    string CommuneName,
    string DeliveryKey,
    DateTimeOffset? PublishedAtUtc = null);

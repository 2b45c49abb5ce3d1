namespace Syndicator.Worker.Rendering;

/// <summary>A digest post (e.g. weekly) gathering several stories of one theme.</summary>
/// <param name="Title">Digest headline, plain text.</param>
/// <param name="Intro">Introductory paragraph, plain text.</param>
/// <param name="Items">The stories, in reading order.</param>
/// <param name="ThemeKey">Stable theme key.</param>
/// <param name="ThemeName">Vietnamese theme name.</param>
/// <param name="CommuneName">Commune name as read in a sentence (e.g. "xã Tân Lập").</param>
/// <param name="DeliveryKey">Stable key of the delivery; becomes the portal slug.</param>
/// <param name="ImageUrl">Optional cover image URL.</param>
public sealed record DigestDraft(
    string Title,
    string? Intro,
    IReadOnlyList<DigestItem> Items,
    string ThemeKey,
    string ThemeName,
    string CommuneName,
    string DeliveryKey,
    string? ImageUrl = null);

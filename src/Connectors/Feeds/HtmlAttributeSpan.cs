namespace Syndicator.Connectors.Feeds;

/// <summary>Where one attribute's name and raw (undecoded) value lie in the source string.</summary>
internal readonly record struct HtmlAttributeSpan(int NameStart, int NameLength, int ValueStart, int ValueLength);

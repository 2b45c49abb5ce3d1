namespace Syndicator.Connectors.Feeds;

/// <summary>What one pass of <see cref="HtmlStreamSanitizer"/> gives.</summary>
/// <param name="Html">The untrimmed sanitised HTML, or null when it was not asked for.</param>
/// <param name="Text">The collapsed visible text, or null when it was not asked for.</param>
/// <param name="TextCapped">True when the text stopped at its budget.</param>
/// <param name="FirstImage">The URL of the first image kept in the HTML, entities decoded, or null.</param>
internal readonly record struct SanitizerOutput(string? Html, string? Text, bool TextCapped, string? FirstImage);

namespace Syndicator.Connectors.Feeds;

/// <summary>An element on the streaming sanitiser's stack of open elements, with what its end writes.</summary>
/// <param name="NameStart">Where its name lies in the source (end tags are matched against it, any case).</param>
/// <param name="NameLength">The length of its name.</param>
/// <param name="Known">Its known name, or null for an unknown element.</param>
/// <param name="EndTag">The end tag to write (a kept element), or null.</param>
/// <param name="Newline">An unwrapped block element: a line break replaces it.</param>
/// <param name="TextBreak">A space goes into the plain text after its content.</param>
/// <param name="DropsHtml">Its content is left out of the sanitised HTML.</param>
/// <param name="DropsText">Its content is left out of the plain text.</param>
internal readonly record struct HtmlOpenElement(
    int NameStart, int NameLength, string? Known, string? EndTag, bool Newline, bool TextBreak, bool DropsHtml, bool DropsText);

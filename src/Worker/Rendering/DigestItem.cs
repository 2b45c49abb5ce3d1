namespace Syndicator.Worker.Rendering;

/// <summary>One story inside a digest post.</summary>
/// <param name="Title">Headline, plain text.</param>
/// <param name="Lead">Short lead, plain text.</param>
/// <param name="SourceName">Name of the original publisher.</param>
/// <param name="SourceUrl">Link to the original story.</param>
public sealed record DigestItem(string Title, string? Lead, string SourceName, string SourceUrl);

namespace Syndicator.Worker.Classification;

/// <summary>A phrase that marks an item as NQ57 news and suggests its theme.</summary>
public sealed record KeywordRule(string Phrase, string ThemeKey, double Weight);

namespace Syndicator.Worker.Classification;

/// <param name="Reason">Which rule matched where, shown to editors; null when nothing matched.</param>
public sealed record RelevanceVerdict(bool Relevant, double Score, string? ThemeKey, string? Reason);

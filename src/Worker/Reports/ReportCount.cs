namespace Syndicator.Worker.Reports;

/// <summary>A labelled count (a channel, a theme, a source).</summary>
public sealed record ReportCount(string Name, int Count);

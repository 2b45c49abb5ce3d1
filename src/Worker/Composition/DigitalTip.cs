namespace Syndicator.Worker.Composition;

/// <summary>One "Bình dân học vụ số" tip: a title, a lead and plain-text paragraphs.</summary>
public sealed record DigitalTip(string Title, string Lead, string Body);

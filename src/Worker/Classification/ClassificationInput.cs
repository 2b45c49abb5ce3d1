namespace Syndicator.Worker.Classification;

public sealed record ClassificationInput(
    string Title,
    string? Summary,
    string? ContentHtml,
    string? Url,
    IReadOnlyList<string> Categories);

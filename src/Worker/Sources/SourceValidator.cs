using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Sources;

/// <summary>Checks one <see cref="SourceDefinition"/>; the commune's existence is checked at import.</summary>
public static class SourceValidator
{
    public const int MinPollMinutes = 5;
    public const int MaxPollMinutes = 1440;
    public const int MinPriority = -100;
    public const int MaxPriority = 100;

    public static IEnumerable<string> Validate(SourceDefinition source)
    {
        if (string.IsNullOrWhiteSpace(source.Name)) yield return "name is required";
        if (string.IsNullOrWhiteSpace(source.Url)) yield return "url is required";
        else if (!IsHttpUrl(source.Url)) yield return $"url '{source.Url}' is not an absolute http(s) URL";
        if (source.PollMinutes is < MinPollMinutes or > MaxPollMinutes)
            yield return $"pollMinutes must be between {MinPollMinutes} and {MaxPollMinutes}";
        if (source.Priority is < MinPriority or > MaxPriority)
            yield return $"priority {source.Priority} must be between {MinPriority} and {MaxPriority}";
        var kind = source.Kind ?? SourceKinds.Feed;
        if (kind is not (SourceKinds.Feed or SourceKinds.Html)) yield return $"kind '{kind}' is unknown (use feed or html)";
        if (kind == SourceKinds.Html && (source.Selectors is not { } s || Blank(s.Item) || Blank(s.Title) || Blank(s.Link)))
            yield return "an html source needs selectors item, title and link";
        if (kind == SourceKinds.Feed && source.Selectors is not null) yield return "selectors are only for kind: html";
    }

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}

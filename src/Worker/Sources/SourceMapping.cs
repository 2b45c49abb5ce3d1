using System.Text.Json;
using Syndicator.Connectors.Feeds;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Sources;

/// <summary>Copies a validated <see cref="SourceDefinition"/> onto a <see cref="Source"/> row and back.</summary>
public static class SourceMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>True when a field changed.</returns>
    public static bool Apply(SourceDefinition definition, Source source)
    {
        var before = Snapshot(source);
        source.Name = definition.Name!.Trim();
        source.Enabled = definition.Enabled ?? false;
        source.TrustedForAutoApproval = definition.Trusted ?? false;
        source.PollInterval = TimeSpan.FromMinutes(definition.PollMinutes ?? SourceDefinition.DefaultPollMinutes);
        source.Priority = definition.Priority ?? 0;
        source.Kind = definition.Kind ?? SourceKinds.Feed;
        source.HtmlSelectorsJson = Selectors(definition) is { } selectors ? JsonSerializer.Serialize(selectors, Json) : null;
        return before != Snapshot(source);
    }

    public static SourceDefinition ToDefinition(Source source, string communeSlug) => new()
    {
        Commune = communeSlug,
        Name = source.Name,
        Url = source.Url,
        Enabled = source.Enabled,
        PollMinutes = (int)source.PollInterval.TotalMinutes,
        Trusted = source.TrustedForAutoApproval,
        Priority = source.Priority,
        Kind = source.Kind,
        Selectors = source.Kind == SourceKinds.Html && source.HtmlSelectorsJson is { } json ? FromJson(json) : null,
    };

    public static HtmlSelectors? Selectors(SourceDefinition definition) =>
        definition.Kind == SourceKinds.Html && definition.Selectors is { Item: { } item, Title: { } title, Link: { } link } s
            ? new HtmlSelectors(item, title, link, s.Date, s.Summary, s.Image)
            : null;

    private static SelectorsDefinition? FromJson(string json) =>
        JsonSerializer.Deserialize<HtmlSelectors>(json, Json) is { } s
            ? new SelectorsDefinition { Item = s.Item, Title = s.Title, Link = s.Link, Date = s.Date, Summary = s.Summary, Image = s.Image }
            : null;

    private static string Snapshot(Source s) =>
        $"{s.Name}\n{s.Enabled}\n{s.TrustedForAutoApproval}\n{s.PollInterval}\n{s.Priority}\n{s.Kind}\n{s.HtmlSelectorsJson}";
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Syndicator.Worker.Sources;

/// <summary>Prints a <see cref="ProbeResult"/> as indented JSON (Vietnamese unescaped) or as readable text.</summary>
public static class FeedReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string ToJson(ProbeResult result)
    {
        var feed = result.Feed ?? throw new ArgumentException("the probe failed", nameof(result));
        return JsonSerializer.Serialize(new
        {
            url = result.Url.ToString(),
            format = feed.Format.ToString(),
            title = feed.Title,
            link = feed.Link,
            warnings = feed.Warnings,
            entries = result.Entries.Select(p => new
            {
                id = p.Entry.Id,
                title = p.Entry.Title,
                link = p.Entry.Link,
                publishedUtc = Utc(p.Entry.PublishedUtc),
                updatedUtc = Utc(p.Entry.UpdatedUtc),
                author = p.Entry.Author,
                categories = p.Entry.Categories,
                summary = p.Entry.SummaryText,
                summaryHtml = p.Entry.SummaryHtml,
                content = p.Entry.ContentHtml,
                image = p.Entry.ImageUrl,
                enclosures = p.Entry.Enclosures.Select(e => new { url = e.Url, type = e.MediaType, length = e.Length }),
                relevant = p.Verdict.Relevant,
                score = p.Verdict.Score,
                theme = p.Verdict.ThemeKey,
                reason = p.Verdict.Reason,
            }),
        }, Json);
    }

    public static void WriteText(ProbeResult result, TextWriter output)
    {
        var feed = result.Feed ?? throw new ArgumentException("the probe failed", nameof(result));
        output.WriteLine($"Format: {feed.Format}");
        output.WriteLine($"Title:  {feed.Title}");
        output.WriteLine($"Link:   {feed.Link}");
        output.WriteLine($"Entries: {result.Entries.Count}, relevant: {result.Entries.Count(e => e.Verdict.Relevant)}");
        var number = 0;
        foreach (var (entry, verdict) in result.Entries)
        {
            output.WriteLine();
            output.WriteLine($"#{++number} {entry.Title}");
            Field(output, "id", entry.Id);
            Field(output, "link", entry.Link);
            Field(output, "published", Utc(entry.PublishedUtc));
            Field(output, "updated", Utc(entry.UpdatedUtc));
            Field(output, "author", entry.Author);
            Field(output, "categories", entry.Categories.Count == 0 ? null : string.Join(", ", entry.Categories));
            Field(output, "summary", entry.SummaryText);
            Field(output, "content", entry.ContentHtml is null ? null : Shorten(entry.ContentHtml, 160));
            Field(output, "image", entry.ImageUrl);
            foreach (var enclosure in entry.Enclosures) Field(output, "enclosure", $"{enclosure.Url} ({enclosure.MediaType}, {enclosure.Length})");
            Field(output, "relevant", verdict.Relevant ? $"yes, theme {verdict.ThemeKey}: {verdict.Reason}" : "no");
        }

        foreach (var warning in feed.Warnings) output.WriteLine($"warning: {warning}");
    }

    internal static string? Utc(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private static void Field(TextWriter output, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) output.WriteLine($"  {name,-11} {value}");
    }
}

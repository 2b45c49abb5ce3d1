using Syndicator.Worker.Rendering.Text;

namespace Syndicator.Worker.Rendering;

/// <summary>Who published the original story: a display name and, when safe, an http(s) link.</summary>
public sealed record SourceAttribution(string Name, string? Url)
{
    public static SourceAttribution Of(string? name, string? url)
    {
        var safeUrl = SafeUrl.HttpOrNull(url);
        var cleanName = TextLayout.OneLine(HtmlText.ToPlainText(name?.Normalize(System.Text.NormalizationForm.FormC)));
        if (cleanName.Length == 0)
        {
            cleanName = safeUrl is null ? "nguồn tin gốc" : new Uri(safeUrl).Host;
        }

        return new SourceAttribution(cleanName, safeUrl);
    }
}

using Syndicator.Connectors.Publishing;
using Syndicator.Worker.Rendering.Templates;
using Syndicator.Worker.Rendering.Templating;
using Syndicator.Worker.Rendering.Text;

namespace Syndicator.Worker.Rendering.Channels;

/// <summary>Zalo OA article (title ≤ 150, description ≤ 300, HTML body, cover) plus a one-line broadcast text.</summary>
internal static class ZaloRendering
{
    public const string TemplateKey = "zalo";

    public static ChannelContent Render(RenderInput input, TemplateSet templates, RenderingLimits limits)
    {
        var html = templates.Get(TemplateKey, input.IsDigest).Render(input.Model, TemplateRenderOptions.Html("body")).Trim();
        html = AttributionGuard.EnsureHtml(html, input.Sources);
        var broadcast = TextLayout.OneLine(templates.Get(DefaultTemplates.ZaloBroadcast).Render(input.Model, TemplateRenderOptions.Text()));
        return new ChannelContent(
            TextCutter.Cut(input.Title, limits.ZaloTitleMaxChars),
            TextCutter.Cut(broadcast.Length > 0 ? broadcast : input.Title, limits.ZaloBroadcastMaxChars),
            html,
            TextCutter.Cut(Description(input), limits.ZaloSummaryMaxChars),
            input.Link,
            input.ImageUrl,
            input.DeliveryKey)
        {
            Hashtags = input.Hashtags,
        };
    }

    private static string Description(RenderInput input)
    {
        if (input.Lead is { Length: > 0 } lead)
        {
            return lead;
        }

        var fallback = input.IsDigest
            ? string.Join("; ", input.Items!.Select(item => item["title"] as string))
            : TextLayout.OneLine(input.BodyText);
        return fallback.Length > 0 ? fallback : input.Title;
    }
}

using Syndicator.Connectors.Publishing;
using Syndicator.Worker.Rendering.Templating;
using Syndicator.Worker.Rendering.Text;

namespace Syndicator.Worker.Rendering.Channels;

/// <summary>Portal column article (also WordPress, webhook, outbox): HTML with lead, body, image and attribution.</summary>
internal static class PortalRendering
{
    public const string TemplateKey = "portal";

    public static ChannelContent Render(RenderInput input, TemplateSet templates)
    {
        var html = templates.Get(TemplateKey, input.IsDigest).Render(input.Model, TemplateRenderOptions.Html("body")).Trim();
        html = AttributionGuard.EnsureHtml(html, input.Sources);
        return new ChannelContent(input.Title, HtmlText.ToPlainText(html), html, input.Lead, input.Link, input.ImageUrl, input.DeliveryKey)
        {
            Hashtags = input.Hashtags,
            Categories = input.ThemeName.Length > 0 ? [input.ThemeName] : [],
        };
    }
}

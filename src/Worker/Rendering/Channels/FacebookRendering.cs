using Syndicator.Connectors.Publishing;
using Syndicator.Worker.Rendering.Templating;
using Syndicator.Worker.Rendering.Text;

namespace Syndicator.Worker.Rendering.Channels;

/// <summary>Facebook Page post: plain text with hashtags and a source line; the Link makes the preview card.</summary>
internal static class FacebookRendering
{
    public const string TemplateKey = "facebook";

    public static ChannelContent Render(RenderInput input, TemplateSet templates, RenderingLimits limits)
    {
        var text = TextLayout.Tidy(templates.Get(TemplateKey, input.IsDigest).Render(input.Model, TemplateRenderOptions.Text()));
        text = Fit(AttributionGuard.EnsureText(text, input.Sources), input.Sources, limits.FacebookMaxChars);
        return new ChannelContent(input.Title, text, string.Empty, input.Lead, input.Link, input.ImageUrl, input.DeliveryKey)
        {
            Hashtags = input.Hashtags,
        };
    }

    /// <summary>Cuts an over-long message, keeping the source line at the end.</summary>
    private static string Fit(string text, IReadOnlyList<SourceAttribution> sources, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var tail = "\n\n" + AttributionGuard.TextLine(sources);
        return TextCutter.Cut(text, Math.Max(1, maxChars - tail.Length)) + tail;
    }
}

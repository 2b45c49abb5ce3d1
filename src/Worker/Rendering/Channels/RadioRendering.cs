using Syndicator.Connectors.Publishing;
using Syndicator.Worker.Rendering.Radio;
using Syndicator.Worker.Rendering.Templating;

namespace Syndicator.Worker.Rendering.Channels;

/// <summary>Loudspeaker script: opening, normalised content within the word budget, source, closing. No URL anywhere.</summary>
internal static class RadioRendering
{
    public const string TemplateKey = "radio";

    public static ChannelContent Render(RenderInput input, TemplateSet templates, RenderingLimits limits)
    {
        var model = input.IsDigest ? DigestModel(input, limits.RadioMaxWords) : ArticleModel(input, limits.RadioMaxWords);
        var script = templates.Get(TemplateKey, input.IsDigest).Render(model, TemplateRenderOptions.Text());
        script = AttributionGuard.EnsureText(script, input.Sources);
        script = RadioScriptNormalizer.Normalize(script, RadioScriptNormalizer.Unlimited);
        return new ChannelContent(RadioScriptNormalizer.RemoveLinks(input.Title), script, string.Empty, Slug: input.DeliveryKey);
    }

    private static IReadOnlyDictionary<string, object?> ArticleModel(RenderInput input, int maxWords)
    {
        var content = Spoken(string.Join("\n\n", new[] { input.Lead, input.BodyText }.Where(part => !string.IsNullOrWhiteSpace(part))), maxWords);
        return input.ModelWith(
        [
            new("title", Sentence(input.Title)),
            new("content", content),
            new("body", content),
            new("lead", Spoken(input.Lead, maxWords)),
            new("source_url", null),
            new("image_url", null),
        ]);
    }

    private static IReadOnlyDictionary<string, object?> DigestModel(RenderInput input, int maxWords)
    {
        var items = input.Items!;
        var budget = Math.Max(20, maxWords / Math.Max(1, items.Count + 1));
        var spokenItems = items.Select(item => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(item, StringComparer.Ordinal)
        {
            ["title"] = Sentence(item["title"] as string ?? string.Empty),
            ["lead"] = Spoken(item["lead"] as string, budget),
            ["link"] = null,
            ["source_url"] = null,
        }).ToList();
        return input.ModelWith(
        [
            new("title", Sentence(input.Title)),
            new("intro", Spoken(input.Lead, budget)),
            new("items", spokenItems),
            new("image_url", null),
        ]);
    }

    private static string Spoken(string? text, int maxWords) =>
        string.IsNullOrWhiteSpace(text) ? string.Empty : RadioScriptNormalizer.Normalize(text, maxWords);

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '…' ? trimmed : trimmed + ".";
    }
}

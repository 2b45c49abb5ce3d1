using Syndicator.Connectors.Publishing;
using Syndicator.Worker.Rendering.Channels;
using Syndicator.Worker.Rendering.Templates;
using Syndicator.Worker.Rendering.Templating;

namespace Syndicator.Worker.Rendering;

/// <summary>
/// Renders a single story or a digest for one channel kind, using admin template overrides
/// (keys: "portal", "facebook", "zalo", "zalo-broadcast", "radio", and "&lt;key&gt;-digest") or the defaults.
/// Pure: no I/O, no clock. Attribution and channel limits are enforced whatever the template says.
/// </summary>
public sealed class ChannelRenderer(RenderingLimits? limits = null)
{
    private readonly RenderingLimits limits = limits ?? RenderingLimits.Default;

    /// <exception cref="ArgumentException">Unknown channel kind.</exception>
    /// <exception cref="TemplateException">An override template is malformed.</exception>
    public ChannelContent Render(string channelKind, ArticleDraft draft, IReadOnlyDictionary<string, string>? templates = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Render(channelKind, RenderInputFactory.FromArticle(draft), templates);
    }

    /// <exception cref="ArgumentException">Unknown channel kind, or a digest without items.</exception>
    /// <exception cref="TemplateException">An override template is malformed.</exception>
    public ChannelContent Render(string channelKind, DigestDraft digest, IReadOnlyDictionary<string, string>? templates = null)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (digest.Items.Count == 0)
        {
            throw new ArgumentException("A digest needs at least one item.", nameof(digest));
        }

        return Render(channelKind, RenderInputFactory.FromDigest(digest), templates);
    }

    /// <summary>Validates an admin template before it is saved; null when valid.</summary>
    /// <exception cref="ArgumentException">The key is not a known template key.</exception>
    public static TemplateError? ValidateTemplate(string templateKey, string source)
    {
        if (!DefaultTemplates.Sources.ContainsKey(templateKey))
        {
            throw new ArgumentException($"Unknown template key '{templateKey}'.", nameof(templateKey));
        }

        return TemplateEngine.Validate(source);
    }

    private ChannelContent Render(string channelKind, RenderInput input, IReadOnlyDictionary<string, string>? overrides)
    {
        var templates = new TemplateSet(overrides);
        return ChannelKinds.TemplateKeyOf(channelKind) switch
        {
            PortalRendering.TemplateKey => PortalRendering.Render(input, templates),
            FacebookRendering.TemplateKey => FacebookRendering.Render(input, templates, limits),
            ZaloRendering.TemplateKey => ZaloRendering.Render(input, templates, limits),
            RadioRendering.TemplateKey => RadioRendering.Render(input, templates, limits),
            _ => throw new ArgumentException($"Unknown channel kind '{channelKind}'.", nameof(channelKind)),
        };
    }
}

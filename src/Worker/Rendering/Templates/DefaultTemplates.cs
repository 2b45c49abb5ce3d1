using Syndicator.Worker.Rendering.Templating;

namespace Syndicator.Worker.Rendering.Templates;

/// <summary>
/// The built-in templates by key. Admin overrides use the same keys: "portal", "facebook", "zalo",
/// "zalo-broadcast", "radio", and "&lt;key&gt;-digest" for digest posts.
/// </summary>
public static class DefaultTemplates
{
    public const string DigestSuffix = "-digest";
    public const string ZaloBroadcast = "zalo-broadcast";

    public static readonly IReadOnlyDictionary<string, string> Sources = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["portal"] = PortalTemplates.Article,
        ["portal-digest"] = PortalTemplates.Digest,
        ["facebook"] = FacebookTemplates.Article,
        ["facebook-digest"] = FacebookTemplates.Digest,
        ["zalo"] = ZaloTemplates.Article,
        ["zalo-digest"] = ZaloTemplates.Digest,
        [ZaloBroadcast] = ZaloTemplates.Broadcast,
        ["radio"] = RadioTemplates.Article,
        ["radio-digest"] = RadioTemplates.Digest,
    };

    private static readonly IReadOnlyDictionary<string, Template> Compiled =
        Sources.ToDictionary(pair => pair.Key, pair => TemplateEngine.Compile(pair.Value), StringComparer.Ordinal);

    public static Template Get(string key) => Compiled[key];
}

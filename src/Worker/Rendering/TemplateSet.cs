using Syndicator.Worker.Rendering.Templates;
using Syndicator.Worker.Rendering.Templating;

namespace Syndicator.Worker.Rendering;

/// <summary>Admin overrides first, built-in defaults otherwise. A malformed override throws <see cref="TemplateException"/>.</summary>
internal sealed class TemplateSet(IReadOnlyDictionary<string, string>? overrides)
{
    public Template Get(string key, bool digest) => Get(digest ? key + DefaultTemplates.DigestSuffix : key);

    public Template Get(string name) =>
        overrides is not null && overrides.TryGetValue(name, out var source) && !string.IsNullOrWhiteSpace(source)
            ? TemplateEngine.Compile(source)
            : DefaultTemplates.Get(name);
}

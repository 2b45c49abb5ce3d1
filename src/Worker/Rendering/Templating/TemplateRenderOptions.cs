namespace Syndicator.Worker.Rendering.Templating;

/// <summary>How to render: the mode, and which fields hold already-sanitised HTML that <c>{{{ }}}</c> may insert.</summary>
public sealed record TemplateRenderOptions(TemplateMode Mode, IReadOnlySet<string> RawHtmlFields)
{
    public static TemplateRenderOptions Html(params string[] rawHtmlFields) =>
        new(TemplateMode.Html, new HashSet<string>(rawHtmlFields, StringComparer.Ordinal));

    public static TemplateRenderOptions Text() => new(TemplateMode.Text, new HashSet<string>(StringComparer.Ordinal));
}

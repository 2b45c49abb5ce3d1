namespace Syndicator.Worker.Rendering.Templating;

/// <summary>
/// A small logic-less template language for admin-editable channel templates:
/// <c>{{ field }}</c>, <c>{{{ html_field }}}</c>, <c>{{#each list}}…{{/each}}</c>,
/// <c>{{#if field}}…{{else}}…{{/if}}</c>, <c>{{! comment }}</c> and the filters
/// <c>upper</c>, <c>lower</c>, <c>truncate: N</c>. Values come only from dictionaries.
/// </summary>
public static class TemplateEngine
{
    /// <summary>Parses a template; throws <see cref="TemplateException"/> with line and column when it is malformed.</summary>
    public static Template Compile(string source) => new(TemplateParser.Parse(source));

    /// <summary>Checks a template an admin is saving; returns null when it is valid.</summary>
    public static TemplateError? Validate(string source)
    {
        try
        {
            TemplateParser.Parse(source);
            return null;
        }
        catch (TemplateException exception)
        {
            return exception.Error;
        }
    }

    /// <summary>Compiles and renders in one step.</summary>
    public static string Render(string source, IReadOnlyDictionary<string, object?> model, TemplateRenderOptions options) =>
        Compile(source).Render(model, options);
}

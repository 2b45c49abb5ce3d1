namespace Syndicator.Worker.Rendering.Templating;

/// <summary>A problem found in a template, located by 1-based line and column.</summary>
public sealed record TemplateError(int Line, int Column, string Message)
{
    public override string ToString() => $"Dòng {Line}, cột {Column}: {Message}";
}

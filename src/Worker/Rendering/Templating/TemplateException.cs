namespace Syndicator.Worker.Rendering.Templating;

/// <summary>Thrown when a template cannot be parsed. The message is shown to the admin who edits it.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(TemplateError error)
        : base(error.ToString())
    {
        Error = error;
    }

    public TemplateError Error { get; }

    public int Line => Error.Line;

    public int Column => Error.Column;
}

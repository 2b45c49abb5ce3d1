namespace Syndicator.Worker.Rendering.Templating;

/// <summary>How a template treats inserted values.</summary>
public enum TemplateMode
{
    /// <summary>Values are HTML-escaped; <c>{{{ }}}</c> inserts fields marked as sanitised HTML verbatim.</summary>
    Html,

    /// <summary>Nothing is escaped; HTML tags are stripped from every value.</summary>
    Text,
}

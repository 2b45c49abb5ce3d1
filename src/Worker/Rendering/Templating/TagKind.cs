namespace Syndicator.Worker.Rendering.Templating;

/// <summary>What a <c>{{ … }}</c> tag does.</summary>
internal enum TagKind
{
    Value,
    Open,
    Close,
    Else,
    Comment,
}

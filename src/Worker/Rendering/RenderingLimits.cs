namespace Syndicator.Worker.Rendering;

/// <summary>Length limits applied after rendering, whatever the template says.</summary>
public sealed record RenderingLimits
{
    public int FacebookMaxChars { get; init; } = 63_206;

    public int ZaloTitleMaxChars { get; init; } = 150;

    public int ZaloSummaryMaxChars { get; init; } = 300;

    public int ZaloBroadcastMaxChars { get; init; } = 200;

    /// <summary>Word budget of a radio bulletin's content (opening and closing lines excluded).</summary>
    public int RadioMaxWords { get; init; } = 400;

    public static RenderingLimits Default { get; } = new();
}

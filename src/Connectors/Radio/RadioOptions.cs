namespace Syndicator.Connectors.Radio;

/// <summary>Process-wide radio connector options.</summary>
public sealed record RadioOptions
{
    /// <summary>Longest time <c>espeak-ng --version</c> may take before the synthesiser counts as missing.</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest time one rendering may take; it is killed afterwards and the script is published alone.</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromMinutes(2);
}

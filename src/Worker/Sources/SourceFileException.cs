namespace Syndicator.Worker.Sources;

/// <summary>A sources YAML file is unreadable or invalid; <see cref="Errors"/> name the line and entry of each problem.</summary>
public sealed class SourceFileException(IReadOnlyList<string> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

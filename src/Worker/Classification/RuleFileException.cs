namespace Syndicator.Worker.Classification;

/// <summary>A rules file that cannot be used as a whole; each error names the entry.</summary>
public sealed class RuleFileException(IReadOnlyList<string> errors) : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

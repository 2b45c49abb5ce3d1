namespace Syndicator.Worker.Classification;

/// <summary>The parts of an item a rule looks at, in the order they are tried.</summary>
[Flags]
public enum RuleField
{
    None = 0,
    Title = 1,
    Summary = 2,
    Content = 4,
    Url = 8,
    Category = 16,
}

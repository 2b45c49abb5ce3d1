namespace Syndicator.Worker.Classification;

/// <summary>Which normalised form of a field a compiled rule reads (see <see cref="TextForms"/>).</summary>
public enum TextForm
{
    FoldedWords,
    CasedWords,
    FoldedFlat,
    CasedFlat,
    RegexFolded,
    RegexCased,
}

using Syndicator.Worker.Composition;

namespace Syndicator.Tests.Unit.Composition;

public sealed class CadenceSelectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddDays(-7);
    private static readonly Guid SourceA = Guid.NewGuid();
    private static readonly Guid SourceB = Guid.NewGuid();

    [Fact]
    public void Pick_single_choosesHighestScore()
    {
        var low = Item(SourceA, 0.5, Now.AddHours(-1));
        var high = Item(SourceB, 2.0, Now.AddDays(-5));
        Assert.Equal([high], CadenceSelector.Pick([low, high], [], 1, Start, Now));
    }

    [Fact]
    public void Pick_equalScores_prefersFresherItem()
    {
        var old = Item(SourceA, 1.0, Now.AddDays(-6));
        var fresh = Item(SourceB, 1.0, Now.AddHours(-2));
        Assert.Equal([fresh], CadenceSelector.Pick([old, fresh], [], 1, Start, Now));
    }

    [Fact]
    public void Pick_sourceJustUsed_prefersAnotherSourceOfSimilarScore()
    {
        var repeated = Item(SourceA, 1.2, Now.AddHours(-1));
        var other = Item(SourceB, 1.0, Now.AddHours(-1));
        Assert.Equal([other], CadenceSelector.Pick([repeated, other], [SourceA], 1, Start, Now));
        Assert.Equal([repeated], CadenceSelector.Pick([repeated, other], [], 1, Start, Now));
    }

    [Fact]
    public void Pick_digestOfN_returnsNDistinctItemsMixingSources()
    {
        var a1 = Item(SourceA, 2.0, Now.AddHours(-1));
        var a2 = Item(SourceA, 1.9, Now.AddHours(-1));
        var b1 = Item(SourceB, 1.5, Now.AddHours(-1));
        var a3 = Item(SourceA, 0.1, Now.AddHours(-1));
        var picked = CadenceSelector.Pick([a1, a2, b1, a3, a1], [], 3, Start, Now);
        Assert.Equal([a1, b1, a2], picked);
        Assert.Equal(picked.Count, picked.Select(p => p.ItemId).Distinct().Count());
    }

    [Fact]
    public void Pick_fewerCandidatesThanN_returnsAllOnce()
    {
        var only = Item(SourceA, 1, Now);
        Assert.Equal([only], CadenceSelector.Pick([only], [], 5, Start, Now));
        Assert.Empty(CadenceSelector.Pick([], [], 5, Start, Now));
    }

    private static CadenceCandidate Item(Guid source, double score, DateTimeOffset at) => new(Guid.NewGuid(), source, score, at);
}

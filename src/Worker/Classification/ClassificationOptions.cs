namespace Syndicator.Worker.Classification;

/// <summary>Settings of the relevance rules (section <c>Syndicator:Classification</c>).</summary>
public sealed class ClassificationOptions
{
    /// <summary>An item is relevant when the weights of its matched include rules add up to at least this.</summary>
    public double MinScore { get; set; } = 1;

    /// <summary>How long one regular expression may run on one field before it counts as not matching.</summary>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromMilliseconds(200);
}

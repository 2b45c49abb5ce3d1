namespace Syndicator.Storage.Entities;

/// <summary>How a post came to be.</summary>
public static class PostKinds
{
    /// <summary>One story from a feed item.</summary>
    public const string Story = "story";
    /// <summary>A digest of several items (e.g. the weekly best N).</summary>
    public const string Digest = "digest";
    /// <summary>Written by an editor.</summary>
    public const string Manual = "manual";
    /// <summary>A "Bình dân học vụ số" digital-skills tip from the shipped list (its CampaignKey numbers the tip).</summary>
    public const string Tips = "tips";
    /// <summary>Part of an observance-day campaign (18/5, 1/10, 10/10).</summary>
    public const string Campaign = "campaign";
}

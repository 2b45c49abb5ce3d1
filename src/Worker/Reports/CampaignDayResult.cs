namespace Syndicator.Worker.Reports;

/// <summary>A campaign day inside the period and the posts published within ±3 days of it.</summary>
public sealed record CampaignDayResult(DateOnly Date, string Name, int PostsNearby)
{
    public bool Covered => PostsNearby > 0;
}

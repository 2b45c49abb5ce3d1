using Syndicator.Worker.Campaigns;

namespace Syndicator.Worker.Reports;

/// <summary>The campaign days the commune plans single out (the same list the campaigns use), and the tolerance around each.</summary>
public static class CampaignDays
{
    public const int ToleranceDays = 3;

    public static readonly IReadOnlyList<(int Month, int Day, string Name)> All =
        CampaignOptions.Defaults().Select(d => (d.Month, d.Day, d.Name.Contains('/') ? d.Name : $"{d.Name} ({d.Day}/{d.Month})")).ToList();

    /// <summary>The campaign days that fall within <paramref name="from"/>–<paramref name="to"/> (inclusive).</summary>
    public static IEnumerable<(DateOnly Date, string Name)> In(DateOnly from, DateOnly to)
    {
        for (var year = from.Year; year <= to.Year; year++)
        {
            foreach (var (month, day, name) in All)
            {
                var date = new DateOnly(year, month, day);
                if (date >= from && date <= to) yield return (date, name);
            }
        }
    }
}

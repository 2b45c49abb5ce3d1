namespace Syndicator.Worker.Reports;

/// <summary>The campaign days the commune plans single out, and the tolerance around each.</summary>
public static class CampaignDays
{
    public const int ToleranceDays = 3;

    public static readonly IReadOnlyList<(int Month, int Day, string Name)> All =
    [
        (5, 18, "Ngày Khoa học và Công nghệ Việt Nam (18/5)"),
        (10, 1, "Khởi động tháng cao điểm chuyển đổi số (1/10)"),
        (10, 10, "Ngày Chuyển đổi số quốc gia (10/10)"),
    ];

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

namespace Syndicator.Worker.Reports;

/// <summary>
/// The semi-annual NQ57 propaganda report of one commune (due before 10/6 and 10/12), computed from the database.
/// The period is the calendar dates <see cref="From"/>–<see cref="To"/> inclusive in Vietnam time;
/// <see cref="RangeStart"/> (inclusive) and <see cref="RangeEnd"/> (exclusive) are the same period in UTC.
/// </summary>
public sealed record SemiAnnualReport(
    string CommuneSlug,
    string CommuneName,
    DateOnly From,
    DateOnly To,
    DateTimeOffset RangeStart,
    DateTimeOffset RangeEnd,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ReportCount> PerChannel,
    IReadOnlyList<ReportCount> PerTheme,
    int ColumnItems,
    IReadOnlyList<CampaignDayResult> CampaignDays,
    IReadOnlyList<ReportCount> Sources,
    IReadOnlyList<DeliveryFailure> Failures,
    int FailedAttempts)
{
    public int PublishedDeliveries => PerChannel.Sum(c => c.Count);
}

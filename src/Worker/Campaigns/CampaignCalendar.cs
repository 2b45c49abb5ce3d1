namespace Syndicator.Worker.Campaigns;

/// <summary>When an observance day's posts are due: from <c>LeadDays</c> before the day until the day before. Pure.</summary>
public static class CampaignCalendar
{
    /// <summary>Days before the observance day on which the lead-up post goes out.</summary>
    public const int LeadUpDaysBefore = 3;

    /// <summary>The next occurrence strictly after <paramref name="today"/> (29/2 falls back to 28/2).</summary>
    public static DateOnly NextOccurrence(CampaignDay day, DateOnly today)
    {
        var thisYear = On(day, today.Year);
        return thisYear > today ? thisYear : On(day, today.Year + 1);
    }

    /// <summary>The observance date whose posts should exist by <paramref name="today"/>, or null.</summary>
    public static DateOnly? DueOccurrence(CampaignDay day, DateOnly today)
    {
        var next = NextOccurrence(day, today);
        return next.DayNumber - today.DayNumber <= day.LeadDays ? next : null;
    }

    /// <summary>The lead-up post's publishing day, or null when it would not be in the future any more.</summary>
    public static DateOnly? LeadUpDay(DateOnly occurrence, DateOnly today)
    {
        var leadUp = occurrence.AddDays(-LeadUpDaysBefore);
        return leadUp > today ? leadUp : null;
    }

    public static string CampaignKey(CampaignDay day, int year) => $"{day.Key}-{year}";

    private static DateOnly On(CampaignDay day, int year) => new(year, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(year, day.Month)));
}

using Syndicator.Worker.Campaigns;
using Syndicator.Worker.Composition;

namespace Syndicator.Tests.Unit.Composition;

public sealed class CampaignCalendarTests
{
    private static readonly CampaignDay DigitalDay = CampaignOptions.Defaults().Single(d => d.Key == "chuyen-doi-so");

    [Fact]
    public void DueOccurrence_sevenDaysBefore10October_isThatDay()
    {
        Assert.Equal(new DateOnly(2026, 10, 10), CampaignCalendar.DueOccurrence(DigitalDay, new DateOnly(2026, 10, 3)));
    }

    [Fact]
    public void DueOccurrence_eightDaysBefore_isNull()
    {
        Assert.Null(CampaignCalendar.DueOccurrence(DigitalDay, new DateOnly(2026, 10, 2)));
    }

    [Fact]
    public void DueOccurrence_onTheDayItself_isNextYearsAndNotDue()
    {
        Assert.Equal(new DateOnly(2027, 10, 10), CampaignCalendar.NextOccurrence(DigitalDay, new DateOnly(2026, 10, 10)));
        Assert.Null(CampaignCalendar.DueOccurrence(DigitalDay, new DateOnly(2026, 10, 10)));
    }

    [Fact]
    public void LeadUpDay_isThreeDaysBeforeOrNullWhenPast()
    {
        Assert.Equal(new DateOnly(2026, 10, 7), CampaignCalendar.LeadUpDay(new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 3)));
        Assert.Null(CampaignCalendar.LeadUpDay(new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 8)));
    }

    [Fact]
    public void CampaignKey_andPublishTime_are0800LocalInUtc()
    {
        Assert.Equal("chuyen-doi-so-2026", CampaignCalendar.CampaignKey(DigitalDay, 2026));
        Assert.Equal(new DateTimeOffset(2026, 10, 10, 1, 0, 0, TimeSpan.Zero), LocalTime.At(new DateOnly(2026, 10, 10), CampaignPlanner.PublishHour));
    }
}

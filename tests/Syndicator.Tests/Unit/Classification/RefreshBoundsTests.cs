using Syndicator.Worker.Ingestion;

namespace Syndicator.Tests.Unit.Classification;

public sealed class RefreshBoundsTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(30);

    [Fact]
    public void AfterSuccess_takesTheLongestOfPollFreshnessAndTtl() =>
        Assert.Equal(TimeSpan.FromHours(3), RefreshBounds.AfterSuccess(Poll, TimeSpan.FromHours(1), TimeSpan.FromHours(3)));

    [Fact]
    public void AfterSuccess_hugeTtl_isCappedAtADay() =>
        Assert.Equal(TimeSpan.FromHours(24), RefreshBounds.AfterSuccess(Poll, TimeSpan.FromDays(30), TimeSpan.FromDays(7)));

    [Fact]
    public void AfterSuccess_shortValues_neverGoBelowThePollInterval() =>
        Assert.Equal(Poll, RefreshBounds.AfterSuccess(Poll, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1)));

    [Fact]
    public void AfterSuccess_pollIntervalAboveCap_isKept() =>
        Assert.Equal(TimeSpan.FromDays(2), RefreshBounds.AfterSuccess(TimeSpan.FromDays(2), null, TimeSpan.FromDays(3)));

    [Fact]
    public void RetryAfter_isCappedAtADay()
    {
        Assert.Equal(TimeSpan.FromHours(24), RefreshBounds.RetryAfter(TimeSpan.FromDays(9)));
        Assert.Equal(TimeSpan.FromMinutes(5), RefreshBounds.RetryAfter(TimeSpan.FromMinutes(5)));
        Assert.Null(RefreshBounds.RetryAfter(null));
    }
}

using Syndicator.Connectors.Facebook;

namespace Syndicator.Connectors.Tests.Channels.Facebook;

public sealed class FacebookUsageTests
{
    [Fact]
    public void From_takes_highest_percentage_across_headers_and_regain_minutes()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-App-Usage", """{"call_count":12,"total_cputime":3,"total_time":40}""");
        response.Headers.Add("X-Page-Usage", """{"call_count":5,"total_cputime":81,"total_time":2}""");
        response.Headers.Add(
            "X-Business-Use-Case-Usage",
            """{"104857600":[{"type":"pages","call_count":64,"total_cputime":10,"total_time":9,"estimated_time_to_regain_access":3}]}""");

        var usage = FacebookUsage.From(response.Headers);

        Assert.Equal(81, usage.MaxPercent);
        Assert.Equal(TimeSpan.FromMinutes(3), usage.RegainAccess);
        Assert.True(usage.ShouldSlowDown);
    }

    [Fact]
    public void From_without_headers_or_with_garbage_reports_nothing()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-App-Usage", "not json");

        var usage = FacebookUsage.From(response.Headers);

        Assert.Equal((null, null, false), (usage.MaxPercent, usage.RegainAccess, usage.ShouldSlowDown));
    }
}

using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Reports;
using Syndicator.Worker.Workflow;

namespace Syndicator.Tests.Integration;

/// <summary>The automatic semi-annual report, run on a fixed clock a week before the 10/6 deadline.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReportJobTests() : PostgresAppTest(new DateTimeOffset(2026, 5, 18, 2, 0, 0, TimeSpan.Zero))
{
    
    [Fact]
    public async Task WriteReports_onThirdOfJune_writesHtmlAndCsvPerCommuneForFirstHalf()
    {
        var tanLap = await Seed.CommuneAsync(App.Services, "tan-lap", App.DataDirectory, "portal");
        await Seed.CommuneAsync(App.Services, "an-binh", App.DataDirectory, "portal");
        var post = await Seed.PendingPostAsync(App.Services, tanLap.Id, "Ngày Khoa học và Công nghệ Việt Nam", Clock.GetUtcNow());
        await using (var scope = App.Scope())
            Assert.Equal(WorkflowResult.Done, await scope.ServiceProvider.GetRequiredService<PostWorkflow>().ApproveAsync(post, "editor", null, null, CancellationToken.None));
        await using (var scope = App.Scope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DeliveryPublisher>().PublishDueAsync(CancellationToken.None));
        Clock.Advance(new DateTimeOffset(2026, 6, 3, 0, 0, 0, TimeSpan.Zero) - Clock.GetUtcNow()); // 07:00 on 3/6 in Vietnam

        IReadOnlyList<string> written;
        await using (var scope = App.Scope())
            written = await ActivatorUtilities.CreateInstance<SemiAnnualReportJob>(scope.ServiceProvider).WriteReportsAsync(CancellationToken.None);

        var reports = Path.Combine(App.DataDirectory, "reports");
        Assert.Equal(
            new[] { "an-binh-2026-H1.csv", "an-binh-2026-H1.html", "tan-lap-2026-H1.csv", "tan-lap-2026-H1.html" },
            Directory.GetFiles(reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(4, written.Count);
        var html = await File.ReadAllTextAsync(Path.Combine(reports, "tan-lap-2026-H1.html"), Encoding.UTF8);
        Assert.Contains("Xã tan-lap", html);
        Assert.Contains("01/01/2026", html);
        var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(reports, "tan-lap-2026-H1.csv")));
        Assert.Contains("Kênh,portal,Cổng thông tin điện tử,", csv);
    }

    [Fact]
    public void Cron_firesAt7amOnThirdOfJuneAndDecemberVietnamTime()
    {
        var cron = new Quartz.CronExpression(SemiAnnualReportJob.Cron, ReportPeriod.Vietnam);

        var first = cron.GetNextValidTimeAfter(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var second = cron.GetNextValidTimeAfter(first!.Value);

        Assert.Equal(new DateTimeOffset(2026, 6, 3, 0, 0, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero), second);
    }
}

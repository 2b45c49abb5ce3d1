using System.Text;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Syndicator.Storage;
using Syndicator.Worker.Jobs;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>The jobs section of the ops page: recent runs, and pause/resume/run-now where this node hosts the scheduler.</summary>
public static class OpsJobs
{
    public static async Task<string> RenderAsync(HttpContext http, SyndicatorDbContext db, CancellationToken ct)
    {
        var sb = new StringBuilder("<h2>Tác vụ định kỳ</h2>");
        var factory = http.RequestServices.GetService<ISchedulerFactory>();
        if (factory is null) sb.Append("<p class=\"muted\">Máy chủ này không chạy bộ lập lịch; điều khiển tác vụ trên máy chủ xử lý.</p>");
        else sb.Append(await ControlsAsync(http, await factory.GetScheduler(ct), await SummariesAsync(http, db, ct), ct));
        var runs = await db.JobRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(30).ToListAsync(ct);
        if (runs.Count == 0) return sb.Append("<p>Chưa có lần chạy nào.</p>").ToString();
        sb.Append("<h2>Lần chạy gần đây</h2><div class=\"table-wrap\"><table class=\"cards\" id=\"jobruns\"><thead><tr><th>Tác vụ</th><th>Máy chủ</th><th>Bắt đầu</th><th>Thời lượng</th><th>Kết quả</th><th>Lỗi</th></tr></thead><tbody>");
        foreach (var r in runs)
        {
            sb.Append($"<tr><td data-label=\"Tác vụ\">{Html.E(r.JobName)}</td><td data-label=\"Máy chủ\">{Html.E(r.Node)}</td><td data-label=\"Bắt đầu\">{Html.E(Vi.Date(r.StartedAt))}</td>");
            sb.Append($"<td data-label=\"Thời lượng\">{Html.E(Vi.Duration(r.Duration))}</td><td data-label=\"Kết quả\">{Html.E(r.Result ?? "—")}</td><td data-label=\"Lỗi\">{Html.E(r.Error ?? "—")}</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    /// <summary>Runs a pause, resume or run-now on a job the scheduler knows; false for an unknown job or action.</summary>
    public static async Task<bool> ControlAsync(ISchedulerFactory factory, string name, string action, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        if (!await scheduler.Exists(new JobKey(name), ct)) return false;
        switch (action)
        {
            case "pause": await scheduler.PauseJob(new JobKey(name), ct); return true;
            case "resume": await scheduler.ResumeJob(new JobKey(name), ct); return true;
            case "trigger": await scheduler.TriggerJob(new JobKey(name), ct); return true;
            default: return false;
        }
    }

    /// <summary>Per job: last run, its duration and result, and failed runs in the last 24 hours.</summary>
    private sealed record JobSummary(DateTimeOffset LastStart, TimeSpan LastDuration, string? LastError, int FailuresToday);

    private static async Task<Dictionary<string, JobSummary>> SummariesAsync(HttpContext http, SyndicatorDbContext db, CancellationToken ct)
    {
        var since = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-1);
        var recent = await db.JobRuns.AsNoTracking().Where(r => r.StartedAt >= since)
            .Select(r => new { r.JobName, r.StartedAt, r.Duration, r.Error }).ToListAsync(ct);
        return recent.GroupBy(r => r.JobName).ToDictionary(g => g.Key, g =>
        {
            var last = g.MaxBy(r => r.StartedAt)!;
            return new JobSummary(last.StartedAt, last.Duration, last.Error, g.Count(r => r.Error != null));
        });
    }

    private static async Task<string> ControlsAsync(HttpContext http, IScheduler scheduler, Dictionary<string, JobSummary> summaries, CancellationToken ct)
    {
        var sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"cards\" id=\"jobs\"><thead><tr><th>Tác vụ</th><th>Trạng thái</th><th>Lần chạy gần nhất</th><th>Lỗi 24 giờ</th><th>Lần chạy tới</th><th>Điều khiển</th></tr></thead><tbody>");
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), ct);
        foreach (var name in keys.Select(k => k.Name).Order(StringComparer.Ordinal))
        {
            var trigger = (await scheduler.GetTriggersOfJob(new JobKey(name), ct)).OrderBy(t => t.NextFireTimeUtc).FirstOrDefault();
            var state = trigger is null ? TriggerState.None : await scheduler.GetTriggerState(trigger.Key, ct);
            var paused = state == TriggerState.Paused;
            var last = summaries.GetValueOrDefault(name);
            sb.Append($"<tr><td>{Html.E(name)}</td><td data-label=\"Trạng thái\">{(paused ? "Tạm dừng" : state == TriggerState.None ? "Không có lịch" : "Đang chạy theo lịch")}</td>");
            sb.Append($"<td data-label=\"Lần chạy gần nhất\">{(last is null ? "—" : Html.E($"{Vi.Date(last.LastStart)} ({Vi.Duration(last.LastDuration)}){(last.LastError is null ? "" : " – lỗi")}"))}</td>");
            sb.Append($"<td data-label=\"Lỗi 24 giờ\">{last?.FailuresToday ?? 0}</td>");
            sb.Append($"<td data-label=\"Lần chạy tới\">{Html.E(Vi.Date(trigger?.NextFireTimeUtc))}</td><td><div class=\"actions\">");
            sb.Append(Button(http, name, paused ? "resume" : "pause", paused ? "Tiếp tục" : "Tạm dừng"));
            sb.Append(Button(http, name, "trigger", "Chạy ngay")).Append("</div></td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    private static string Button(HttpContext http, string name, string action, string label) =>
        Forms.Open(http, $"/ops/jobs/{Uri.EscapeDataString(name)}/{action}", "inline") + $"<button type=\"submit\">{Html.E(label)}</button></form>";
}

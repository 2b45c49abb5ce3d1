using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Composition;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>"/calendar": a Monday–Sunday week of scheduled and published deliveries by day and channel, within the user's communes.</summary>
public static class CalendarPage
{
    private static readonly string[] DayNames = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"];

    public static async Task<IResult> RenderAsync(HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, TimeProvider clock, string? week, CancellationToken ct)
    {
        var monday = Monday(week, clock.GetUtcNow());
        var from = LocalTime.At(monday, 0);
        var to = LocalTime.At(monday.AddDays(7), 0);
        var ids = (await DashboardScope.CommunesAsync(user, db, ct)).Select(c => c.Id).ToList();
        var accounts = await db.ChannelAccounts.AsNoTracking().Where(a => ids.Contains(a.CommuneId)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var rows = await db.Deliveries.AsNoTracking()
            .Where(d => ids.Contains(d.Post!.CommuneId) && d.State != DeliveryState.Cancelled
                && ((d.PublishedAt >= from && d.PublishedAt < to) || (d.PublishedAt == null && d.DueAt >= from && d.DueAt < to)))
            .Select(d => new { d.PostId, d.Post!.Title, d.ChannelAccountId, d.State, d.PublishedAt, d.DueAt })
            .ToListAsync(ct);
        var entries = rows.Select(r => new CalendarEntry(r.PostId, r.Title, accounts.GetValueOrDefault(r.ChannelAccountId, "?"), r.State, (r.PublishedAt ?? r.DueAt)!.Value))
            .OrderBy(e => e.At).ToList();
        var body = new StringBuilder(Navigation(monday));
        body.Append("<div class=\"table-wrap\"><table class=\"cards\" id=\"calendar\"><thead><tr><th>Ngày</th><th>Lượt đăng</th></tr></thead><tbody>");
        for (var i = 0; i < 7; i++)
        {
            var day = monday.AddDays(i);
            var today = entries.Where(e => LocalTime.Today(e.At) == day).ToList();
            body.Append($"<tr><td data-label=\"Ngày\"><strong>{DayNames[i]}</strong> {day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}</td><td data-label=\"Lượt đăng\">");
            body.Append(today.Count == 0 ? "<span class=\"muted\">Không có</span>" : Day(today));
            body.Append("</td></tr>");
        }
        body.Append("</tbody></table></div>");
        return Html.Page(Layout.Page(http, "Lịch đăng", body.ToString()));
    }

    /// <summary>The Monday of the requested week (yyyy-MM-dd), or of the current local week.</summary>
    public static DateOnly Monday(string? week, DateTimeOffset now)
    {
        var day = DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : LocalTime.Today(now);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    private static string Day(IEnumerable<CalendarEntry> entries)
    {
        var sb = new StringBuilder("<ul>");
        foreach (var channel in entries.GroupBy(e => e.Account).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append($"<li><strong>{Html.E(channel.Key)}</strong>: ");
            sb.Append(string.Join("; ", channel.Select(e =>
                $"{LocalTime.ToLocal(e.At).ToString("HH:mm", CultureInfo.InvariantCulture)} <a href=\"/posts/{e.PostId}\">{Html.E(e.Title)}</a> <span class=\"badge s-{e.State}\">{Html.E(Vi.State(e.State))}</span>")));
            sb.Append("</li>");
        }
        return sb.Append("</ul>").ToString();
    }

    private static string Navigation(DateOnly monday)
    {
        var f = CultureInfo.InvariantCulture;
        return $"<p class=\"pager\"><a href=\"/calendar?week={monday.AddDays(-7).ToString("yyyy-MM-dd", f)}\" id=\"prev-week\">← Tuần trước</a>"
            + $"<span>Tuần từ {monday.ToString("dd/MM", f)} đến {monday.AddDays(6).ToString("dd/MM/yyyy", f)}</span>"
            + $"<a href=\"/calendar?week={monday.AddDays(7).ToString("yyyy-MM-dd", f)}\" id=\"next-week\">Tuần sau →</a></p>";
    }
}

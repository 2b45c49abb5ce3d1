using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>"/ops": source health, channel accounts (never their secrets), deliveries needing attention, and jobs.</summary>
public static class OpsPage
{
    public static async Task<IResult> RenderAsync(HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, string? m, CancellationToken ct)
    {
        if (!user.HasAnyRole(Roles.Ops)) return DashboardScope.Forbidden(http, "Trang vận hành chỉ dành cho cán bộ vận hành và quản trị.");
        var communes = await DashboardScope.CommunesAsync(user, db, ct);
        var ids = communes.Select(c => c.Id).ToList();
        var communeNames = communes.ToDictionary(c => c.Id, c => c.Name);
        var sources = await db.Sources.AsNoTracking().Where(s => ids.Contains(s.CommuneId)).OrderBy(s => s.Name).ToListAsync(ct);
        var accounts = await db.ChannelAccounts.AsNoTracking().Where(a => ids.Contains(a.CommuneId)).OrderBy(a => a.CommuneId).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.CommuneId, a.Kind, a.Name, a.Status, a.StatusReason, a.Enabled }).ToListAsync(ct);
        var waitingAccounts = accounts.Where(a => a.Status != ChannelAccountStatus.Active).Select(a => a.Id).ToList();
        var deliveries = await db.Deliveries.AsNoTracking()
            .Where(d => ids.Contains(d.Post!.CommuneId))
            .Where(d => d.State == DeliveryState.Dead
                || ((d.State == DeliveryState.Scheduled || d.State == DeliveryState.InProgress) && (d.LastError != null || waitingAccounts.Contains(d.ChannelAccountId))))
            .OrderBy(d => d.DueAt).Take(100)
            .Select(d => new OpsDelivery(d.Id, d.PostId, d.Post!.Title, d.Channel, d.ChannelAccountId, d.State, d.DueAt, d.Attempts, d.LastError))
            .ToListAsync(ct);
        var names = accounts.ToDictionary(a => a.Id, a => a.Name);
        var sb = new StringBuilder();
        sb.Append("<h2>Nguồn tin</h2>").Append(Sources(sources));
        sb.Append("<h2>Kênh</h2><div class=\"table-wrap\"><table class=\"cards\" id=\"accounts\"><thead><tr><th>Xã</th><th>Loại</th><th>Tên</th><th>Trạng thái</th><th>Lý do</th></tr></thead><tbody>");
        foreach (var a in accounts)
        {
            sb.Append($"<tr><td data-label=\"Xã\">{Html.E(communeNames.GetValueOrDefault(a.CommuneId) ?? "—")}</td><td data-label=\"Loại\">{Html.E(a.Kind)}</td><td data-label=\"Tên\">{Html.E(a.Name)}</td>");
            sb.Append($"<td data-label=\"Trạng thái\"><span class=\"badge s-{a.Status}\">{Html.E(a.Enabled ? Vi.State(a.Status) : "Đã tắt")}</span></td>");
            sb.Append($"<td data-label=\"Lý do\">{Html.E(a.StatusReason ?? "—")}</td></tr>");
        }
        sb.Append("</tbody></table></div>");
        sb.Append("<h2>Lượt đăng cần xử lý</h2>").Append(Deliveries(http, deliveries, names));
        sb.Append(await OpsJobs.RenderAsync(http, db, ct));
        return Html.Page(Layout.Page(http, "Vận hành", sb.ToString(), Notices.Text(m)));
    }

    private static string Sources(List<Source> sources)
    {
        if (sources.Count == 0) return "<p>Chưa có nguồn tin.</p>";
        var sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"cards\" id=\"sources\"><thead><tr><th>Tên</th><th>Địa chỉ</th><th>Lần thành công cuối</th><th>Lỗi gần nhất</th><th>Số lỗi liên tiếp</th><th>Tạm dừng</th></tr></thead><tbody>");
        foreach (var s in sources)
        {
            sb.Append($"<tr><td data-label=\"Tên\">{Html.E(s.Name)}</td><td data-label=\"Địa chỉ\"><small>{Html.E(s.Url)}</small></td>");
            sb.Append($"<td data-label=\"Lần thành công cuối\">{Html.E(Vi.Date(s.LastSuccessAt))}</td><td data-label=\"Lỗi gần nhất\">{Html.E(s.LastError ?? "—")}</td>");
            sb.Append($"<td data-label=\"Số lỗi liên tiếp\">{s.ConsecutiveFailures}</td><td data-label=\"Tạm dừng\">{(s.Parked ? "<span class=\"badge s-Failed\">Đã tạm dừng</span>" : "Không")}</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    private static string Deliveries(HttpContext http, List<OpsDelivery> rows, Dictionary<Guid, string> accounts)
    {
        if (rows.Count == 0) return "<p>Không có lượt đăng nào bị lỗi hoặc đang chờ.</p>";
        var sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"cards\" id=\"failing\"><thead><tr><th>Tin</th><th>Kênh</th><th>Trạng thái</th><th>Giờ đăng dự kiến</th><th>Số lần thử</th><th>Lý do</th><th></th></tr></thead><tbody>");
        foreach (var d in rows)
        {
            sb.Append($"<tr><td><a href=\"/posts/{d.PostId}\">{Html.E(d.Title)}</a></td><td data-label=\"Kênh\">{Html.E(accounts.GetValueOrDefault(d.ChannelAccountId) ?? d.Channel)}</td>");
            sb.Append($"<td data-label=\"Trạng thái\"><span class=\"badge s-{d.State}\">{Html.E(Vi.State(d.State))}</span></td><td data-label=\"Giờ đăng dự kiến\">{Html.E(Vi.Date(d.DueAt))}</td>");
            sb.Append($"<td data-label=\"Số lần thử\">{d.Attempts}</td><td data-label=\"Lý do\">{Html.E(d.LastError ?? "Kênh cần kết nối lại")}</td><td>");
            if (d.State == DeliveryState.Dead)
                sb.Append(Forms.Open(http, $"/ops/deliveries/{d.Id}/retry", "inline")).Append("<button type=\"submit\">Thử lại</button></form>");
            sb.Append("</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }
}

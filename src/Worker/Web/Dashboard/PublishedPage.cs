using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>"/published": what went out, newest first, with the link to each external post.</summary>
public static class PublishedPage
{
    private const int PageSize = 20;

    public static async Task<IResult> RenderAsync(HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, int? page, CancellationToken ct)
    {
        var communes = await DashboardScope.CommunesAsync(user, db, ct);
        var ids = communes.Select(c => c.Id).ToList();
        var query = db.Deliveries.AsNoTracking()
            .Where(d => d.State == DeliveryState.Published && ids.Contains(d.Post!.CommuneId));
        var total = await query.CountAsync(ct);
        var current = Pager.Clamp(page, total, PageSize);
        var rows = await query.OrderByDescending(d => d.PublishedAt).Skip((current - 1) * PageSize).Take(PageSize)
            .Select(d => new { d.PostId, d.Post!.Title, d.Post.CommuneId, d.Channel, d.ChannelAccountId, d.PublishedAt, d.ExternalId, d.ExternalUrl })
            .ToListAsync(ct);
        var accounts = await db.ChannelAccounts.AsNoTracking().Where(a => ids.Contains(a.CommuneId)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var names = communes.ToDictionary(c => c.Id, c => c.Name);
        var sb = new StringBuilder($"<p class=\"muted\">{total} lượt đăng</p>");
        if (rows.Count == 0) sb.Append("<p>Chưa có tin nào được xuất bản.</p>");
        else
        {
            sb.Append("<div class=\"table-wrap\"><table class=\"cards\" id=\"published\"><thead><tr><th>Thời gian</th><th>Tiêu đề</th><th>Xã</th><th>Kênh</th><th>Bài đã đăng</th></tr></thead><tbody>");
            foreach (var r in rows)
            {
                sb.Append($"<tr><td data-label=\"Thời gian\">{Html.E(Vi.Date(r.PublishedAt))}</td><td><a href=\"/posts/{r.PostId}\">{Html.E(r.Title)}</a></td>");
                sb.Append($"<td data-label=\"Xã\">{Html.E(names.GetValueOrDefault(r.CommuneId))}</td>");
                sb.Append($"<td data-label=\"Kênh\">{Html.E(accounts.GetValueOrDefault(r.ChannelAccountId) ?? r.Channel)}</td>");
                sb.Append($"<td data-label=\"Bài đã đăng\">{(r.ExternalUrl is null ? Html.E(r.ExternalId ?? "—") : Html.Link(r.ExternalUrl, "Mở bài"))}</td></tr>");
            }
            sb.Append("</tbody></table></div>");
        }
        sb.Append(Pager.Render("/published", current, total, PageSize));
        return Html.Page(Layout.Page(http, "Đã xuất bản", sb.ToString()));
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>The deliveries and audit tables of the post page.</summary>
public static class PostTables
{
    public static string Deliveries(IEnumerable<Delivery> deliveries, IReadOnlyDictionary<Guid, string> accountNames)
    {
        var rows = deliveries.OrderBy(d => d.Channel).ThenBy(d => accountNames.GetValueOrDefault(d.ChannelAccountId)).ToList();
        if (rows.Count == 0) return "<p>Chưa có kênh nào.</p>";
        var sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"cards\" id=\"deliveries\"><thead><tr><th>Kênh</th><th>Trạng thái</th><th>Giờ đăng dự kiến</th><th>Số lần thử</th><th>Liên kết</th><th>Lỗi gần nhất</th></tr></thead><tbody>");
        foreach (var d in rows)
        {
            var name = accountNames.GetValueOrDefault(d.ChannelAccountId) ?? d.Channel;
            sb.Append($"<tr><td data-label=\"Kênh\">{Html.E(name)} <small>({Html.E(d.Channel)})</small></td>");
            sb.Append($"<td data-label=\"Trạng thái\"><span class=\"badge s-{d.State}\">{Html.E(Vi.State(d.State))}</span></td>");
            sb.Append($"<td data-label=\"Giờ đăng dự kiến\">{Html.E(Vi.Date(d.DueAt))}</td>");
            sb.Append($"<td data-label=\"Số lần thử\">{d.Attempts}</td>");
            sb.Append($"<td data-label=\"Liên kết\">{(d.ExternalUrl is null ? Html.E(d.ExternalId ?? "—") : Html.Link(d.ExternalUrl, "Xem bài đã đăng"))}</td>");
            sb.Append($"<td data-label=\"Lỗi gần nhất\">{Html.E(d.LastError ?? "—")}</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    public static string Audit(IReadOnlyList<AuditEvent> events)
    {
        if (events.Count == 0) return "<p>Chưa có thao tác nào.</p>";
        var sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"cards\" id=\"audit\"><thead><tr><th>Thời gian</th><th>Người thực hiện</th><th>Thao tác</th><th>Chi tiết</th></tr></thead><tbody>");
        foreach (var e in events)
        {
            sb.Append($"<tr><td data-label=\"Thời gian\">{Html.E(Vi.Date(e.At))}</td><td data-label=\"Người thực hiện\">{Html.E(e.Actor)}</td>");
            sb.Append($"<td data-label=\"Thao tác\">{Html.E(ActionName(e.Action))} <small>({Html.E(e.Action)})</small></td>");
            sb.Append($"<td data-label=\"Chi tiết\"><small>{Html.E(Readable(e.Data))}</small></td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    /// <summary>The audit JSON with Vietnamese letters unescaped (it is HTML-encoded afterwards), shortened.</summary>
    private static string Readable(string? json)
    {
        if (string.IsNullOrEmpty(json)) return "—";
        string text;
        try { text = JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, Relaxed); }
        catch (JsonException) { text = json; }
        return text.Length > 400 ? text[..400] + "…" : text;
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string ActionName(string action) => action switch
    {
        "post.approved" => "Duyệt tin",
        "post.rejected" => "Từ chối tin",
        "post.edited" => "Sửa tin",
        "post.composed" => "Soạn tin",
        "delivery.published" => "Đã đăng lên kênh",
        "delivery.failed" => "Đăng thất bại",
        "delivery.retried" => "Thử lại lượt đăng",
        _ => action,
    };
}

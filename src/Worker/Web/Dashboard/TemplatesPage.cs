using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Rendering;
using Syndicator.Worker.Rendering.Templates;
using Syndicator.Worker.Rendering.Templating;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>"/admin/templates": channel templates, their defaults and overrides (global or per commune), with a preview.</summary>
public static class TemplatesPage
{
    public static async Task<IResult> RenderAsync(HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, ChannelRenderer renderer, string? key, string? commune, string? m, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Admin)) return DashboardScope.Forbidden(http, "Chỉ quản trị viên được sửa mẫu trình bày.");
        var communes = await DashboardScope.CommunesAsync(user, db, ct);
        var selectedKey = key is not null && DefaultTemplates.Sources.ContainsKey(key) ? key : "facebook";
        var scope = communes.SingleOrDefault(c => c.Slug == commune);
        var row = await db.ChannelTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == selectedKey && t.CommuneId == (scope == null ? null : scope.Id), ct);
        var html = await ListAsync(db, communes, ct) + Editor(http, renderer, selectedKey, scope, communes, row?.Source ?? DefaultTemplates.Sources[selectedKey], null);
        return Html.Page(Layout.Page(http, "Mẫu trình bày", html, Notices.Text(m)));
    }

    public static string Editor(HttpContext http, ChannelRenderer renderer, string key, Commune? scope, IReadOnlyList<Commune> communes, string source, TemplateError? error)
    {
        var sb = new StringBuilder($"<h2>Sửa mẫu «{Html.E(key)}» — {Html.E(scope?.Name ?? "toàn hệ thống")}</h2>");
        if (error is not null) sb.Append($"<p class=\"error\" role=\"alert\" id=\"template-error\">Mẫu không hợp lệ. {Html.E(error.ToString())}</p>");
        sb.Append(Forms.Open(http, "/admin/templates", "stack panel"));
        sb.Append($"<input type=\"hidden\" name=\"key\" value=\"{Html.E(key)}\">");
        sb.Append("<label for=\"commune\">Áp dụng cho</label><select id=\"commune\" name=\"commune\"><option value=\"\">Toàn hệ thống</option>");
        foreach (var c in communes) sb.Append($"<option value=\"{Html.E(c.Slug)}\"{(c.Id == scope?.Id ? " selected" : "")}>{Html.E(c.Name)}</option>");
        sb.Append($"""
            </select>
            <label for="source">Nội dung mẫu (để trống để dùng lại mẫu mặc định)</label>
            <textarea id="source" name="source" rows="16" maxlength="20000" spellcheck="false">{Html.E(source)}</textarea>
            <p><button type="submit" class="primary" id="btn-save-template">Lưu mẫu</button></p></form>
            """);
        if (error is null) sb.Append(Preview(renderer, key, source, scope?.Name ?? "xã Tân Lập"));
        sb.Append($"<details><summary>Mẫu mặc định</summary><pre>{Html.E(DefaultTemplates.Sources[key])}</pre></details>");
        return sb.ToString();
    }

    private static string Preview(ChannelRenderer renderer, string key, string source, string communeName)
    {
        try
        {
            var content = TemplateSamples.Render(renderer, key, source, communeName);
            var text = key is "portal" or "portal-digest" or "zalo" or "zalo-digest" ? content.Html : content.Text;
            if (key == DefaultTemplates.ZaloBroadcast) text = content.Summary ?? content.Text;
            return $"<h3>Xem trước trên tin mẫu</h3><pre class=\"panel\" id=\"template-preview\">{Html.E(text)}</pre>";
        }
        catch (Exception e) when (e is TemplateException or ArgumentException)
        {
            return $"<p class=\"error\">Không dựng được bản xem trước: {Html.E(e.Message)}</p>";
        }
    }

    private static async Task<string> ListAsync(SyndicatorDbContext db, IReadOnlyList<Commune> communes, CancellationToken ct)
    {
        var ids = communes.Select(c => c.Id).ToList();
        var rows = await db.ChannelTemplates.AsNoTracking().Where(t => t.CommuneId == null || ids.Contains(t.CommuneId.Value)).ToListAsync(ct);
        var sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"cards\"><thead><tr><th>Mẫu</th><th>Ghi đè</th></tr></thead><tbody>");
        foreach (var key in TemplateSamples.Keys)
        {
            var overrides = string.Join(", ", rows.Where(r => r.Key == key).Select(r => communes.FirstOrDefault(c => c.Id == r.CommuneId)?.Name ?? "toàn hệ thống"));
            var links = string.Join(" · ", communes.Select(c => $"<a href=\"/admin/templates?{Html.Query(("key", key), ("commune", c.Slug))}\">{Html.E(c.Name)}</a>"));
            sb.Append($"<tr><td data-label=\"Mẫu\"><a href=\"/admin/templates?{Html.Query(("key", key))}\">{Html.E(key)}</a> <small>{links}</small></td>");
            sb.Append($"<td data-label=\"Ghi đè\">{Html.E(overrides.Length == 0 ? "mặc định" : overrides)}</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }
}

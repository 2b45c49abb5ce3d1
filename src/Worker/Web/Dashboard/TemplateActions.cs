using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Rendering;
using Syndicator.Worker.Rendering.Templates;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>POST "/admin/templates": validates and saves (or, when empty, removes) a template override, with an audit event.</summary>
public static class TemplateActions
{
    public static async Task<IResult> SaveAsync(HttpContext http, ClaimsPrincipal user, SyndicatorDbContext db, ChannelRenderer renderer, TimeProvider clock, CancellationToken ct)
    {
        if (!await Forms.IsValidAsync(http)) return Forms.BadToken();
        if (!user.IsInRole(Roles.Admin)) return DashboardScope.Forbidden(http, "Chỉ quản trị viên được sửa mẫu trình bày.");
        var form = await http.Request.ReadFormAsync(ct);
        var key = form["key"].ToString();
        if (!DefaultTemplates.Sources.ContainsKey(key)) return DashboardScope.NotFound(http);
        var communes = await DashboardScope.CommunesAsync(user, db, ct);
        var slug = form["commune"].ToString();
        var scope = communes.SingleOrDefault(c => c.Slug == slug);
        if (slug.Length > 0 && scope is null) return DashboardScope.NotFound(http);
        var source = form["source"].ToString().Replace("\r\n", "\n");
        if (source.Length > 20000) source = source[..20000];
        var error = string.IsNullOrWhiteSpace(source) ? null : ChannelRenderer.ValidateTemplate(key, source);
        if (error is not null)
        {
            var page = TemplatesPage.Editor(http, renderer, key, scope, communes, source, error);
            return Html.Page(Layout.Page(http, "Mẫu trình bày", page), StatusCodes.Status400BadRequest);
        }
        await StoreAsync(db, clock, user.ActorName(), key, scope, source, ct);
        return Results.Redirect($"/admin/templates?{Html.Query(("key", key), ("commune", scope?.Slug), ("m", "template"))}");
    }

    private static async Task StoreAsync(SyndicatorDbContext db, TimeProvider clock, string actor, string key, Commune? scope, string source, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Guid? communeId = scope?.Id;
        var row = await db.ChannelTemplates.SingleOrDefaultAsync(t => t.Key == key && t.CommuneId == communeId, ct);
        var before = row?.Source;
        if (string.IsNullOrWhiteSpace(source))
        {
            if (row is not null) db.ChannelTemplates.Remove(row);
        }
        else if (row is null)
        {
            row = new ChannelTemplate { CommuneId = communeId, Key = key, Source = source, UpdatedBy = actor, UpdatedAt = now };
            db.ChannelTemplates.Add(row);
        }
        else
        {
            row.Source = source;
            row.UpdatedBy = actor;
            row.UpdatedAt = now;
        }
        db.Audit(now, communeId, actor, "template.saved", nameof(ChannelTemplate), row?.Id ?? Guid.Empty,
            new { key, commune = scope?.Slug, before, after = string.IsNullOrWhiteSpace(source) ? null : source });
        await db.SaveChangesAsync(ct);
    }
}

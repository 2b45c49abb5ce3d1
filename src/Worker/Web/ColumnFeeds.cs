using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Web;

/// <summary>The commune's published NQ57 column as RSS 2.0, for portals that embed rather than receive posts.</summary>
public static class ColumnFeeds
{
    private const int MaxItems = 50;

    public static void MapColumnFeeds(this WebApplication app) =>
        app.MapGet("/communes/{slug}/nq57.rss", RssAsync);

    private static async Task<IResult> RssAsync(string slug, HttpContext http, SyndicatorDbContext db, CancellationToken ct)
    {
        var commune = await db.Communes.SingleOrDefaultAsync(c => c.Slug == slug, ct);
        if (commune is null) return Results.NotFound();
        var posts = await db.Posts
            .Where(p => p.CommuneId == commune.Id && (p.State == PostState.Published || p.State == PostState.PartiallyPublished))
            .OrderByDescending(p => p.UpdatedAt)
            .Take(MaxItems)
            .ToListAsync(ct);
        var selfUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}";
        return Results.Text(Write(commune, posts, selfUrl), "application/rss+xml; charset=utf-8", Encoding.UTF8);
    }

    private static string Write(Commune commune, IReadOnlyList<Post> posts, string selfUrl)
    {
        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", $"Chuyên mục NQ57 – {commune.Name}");
            xml.WriteElementString("link", selfUrl);
            xml.WriteElementString("description", "Tin về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo Nghị quyết 57-NQ/TW");
            xml.WriteElementString("language", "vi");
            foreach (var post in posts) WriteItem(xml, post);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void WriteItem(XmlWriter xml, Post post)
    {
        xml.WriteStartElement("item");
        xml.WriteElementString("title", post.Title);
        if (post.SourceUrl is not null) xml.WriteElementString("link", post.SourceUrl);
        xml.WriteElementString("description", $"{post.Lead} (Nguồn: {post.SourceName})");
        xml.WriteElementString("category", post.ThemeKey);
        xml.WriteElementString("pubDate", post.UpdatedAt.ToUniversalTime().ToString("r"));
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString($"urn:syndicator:post:{post.Id}");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}

using Syndicator.Storage;
using Syndicator.Worker.Reports;
using Syndicator.Worker.Web.Feeds;

namespace Syndicator.Worker.Web;

/// <summary>
/// The commune's published NQ57 column as RSS 2.0, Atom 1.0, JSON Feed 1.1 and an embeddable HTML fragment, for portals
/// that embed rather than receive posts. Public and anonymous by design; also maps the report page.
/// </summary>
public static class ColumnFeeds
{
    public static void MapColumnFeeds(this WebApplication app)
    {
        var feeds = app.MapGroup("/communes/{slug}").AllowAnonymous();
        feeds.MapGet("/nq57.rss", (string slug, HttpContext http, SyndicatorDbContext db, CancellationToken ct) =>
            SendAsync(slug, http, db, RssFeedWriter.ContentType, (c, self) => RssFeedWriter.Write(c, self), ct));
        feeds.MapGet("/nq57.atom", (string slug, HttpContext http, SyndicatorDbContext db, CancellationToken ct) =>
            SendAsync(slug, http, db, AtomFeedWriter.ContentType, (c, self) => AtomFeedWriter.Write(c, self), ct));
        feeds.MapGet("/nq57.json", (string slug, HttpContext http, SyndicatorDbContext db, CancellationToken ct) =>
            SendAsync(slug, http, db, JsonFeedWriter.ContentType, (c, self) => JsonFeedWriter.Write(c, self, Sibling(http, slug, "nq57.html")), ct));
        feeds.MapGet("/nq57.html", (string slug, HttpContext http, SyndicatorDbContext db, CancellationToken ct) =>
            SendAsync(slug, http, db, HtmlFragmentWriter.ContentType, (c, _) => HtmlFragmentWriter.Write(c, Sibling(http, slug, "nq57.css")), ct));
        feeds.MapGet("/nq57.css", (HttpContext http) => FeedResponse.Send(http, FeedStylesheet.Css, FeedStylesheet.ContentType));
        app.MapReports();
    }

    private static async Task<IResult> SendAsync(
        string slug, HttpContext http, SyndicatorDbContext db, string contentType, Func<ColumnSnapshot, string, string> write, CancellationToken ct)
    {
        var column = await ColumnQuery.LoadAsync(db, slug, ct);
        if (column is null) return Results.NotFound();
        var self = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}";
        return FeedResponse.Send(http, write(column, self), contentType);
    }

    private static string Sibling(HttpContext http, string slug, string file) =>
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/communes/{Uri.EscapeDataString(slug)}/{file}";
}

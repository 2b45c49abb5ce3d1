namespace Syndicator.Worker.Web.Feeds;

/// <summary>A small stylesheet scoped to .nq57-column so it cannot restyle the embedding portal.</summary>
public static class FeedStylesheet
{
    public const string ContentType = "text/css; charset=utf-8";

    public const string Css = """
        .nq57-column{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;font-size:15px;line-height:1.45;color:#1f2933;border-top:3px solid #b91c1c;padding:8px 0}
        .nq57-column .nq57-title{font-size:18px;margin:0 0 8px;color:#b91c1c;text-transform:uppercase}
        .nq57-column .nq57-list{list-style:none;margin:0;padding:0}
        .nq57-column .nq57-item{padding:8px 0;border-bottom:1px solid #e5e7eb}
        .nq57-column .nq57-link{font-weight:600;color:#0b3d91;text-decoration:none}
        .nq57-column a.nq57-link:hover{text-decoration:underline}
        .nq57-column .nq57-meta{display:block;font-size:12px;color:#6b7280;margin-top:2px}
        .nq57-column .nq57-summary{margin:4px 0 0}
        .nq57-column .nq57-empty{color:#6b7280}
        """;
}

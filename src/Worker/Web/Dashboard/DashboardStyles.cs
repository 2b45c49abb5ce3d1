namespace Syndicator.Worker.Web.Dashboard;

/// <summary>
/// The dashboard's one stylesheet, served from code: the host's content root is the binary folder, where a wwwroot
/// would only exist after publish, so embedding keeps the dashboard identical under dotnet run, tests and containers.
/// </summary>
public static class DashboardStyles
{
    public const string Path = "/assets/dashboard.css";

    public static IResult Serve(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(Css, "text/css; charset=utf-8");
    }

    private const string Css = """
        :root { --ink:#1d2733; --muted:#5b6775; --line:#d9dee4; --bg:#f4f6f8; --brand:#b3261e; --ok:#1e7b34; --warn:#9a6700; --fb:#1877f2; --zalo:#0068ff; }
        * { box-sizing: border-box; }
        body { margin:0; font:15px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color:var(--ink); background:var(--bg); }
        a { color:#0b57d0; }
        .top { display:flex; flex-wrap:wrap; gap:12px 24px; align-items:center; padding:10px 20px; background:var(--brand); color:#fff; }
        .top a { color:#fff; text-decoration:none; }
        .brand { font-weight:700; font-size:17px; }
        .top nav { display:flex; gap:16px; flex:1; }
        .top nav a[aria-current] { border-bottom:2px solid #fff; }
        .who { display:flex; gap:10px; align-items:center; }
        main { max-width:1200px; margin:0 auto; padding:16px 20px 40px; }
        main.narrow { max-width:420px; margin-top:8vh; background:#fff; border:1px solid var(--line); border-radius:8px; }
        h1 { font-size:22px; margin:8px 0 16px; } h2 { font-size:18px; margin:28px 0 10px; }
        table { width:100%; border-collapse:collapse; background:#fff; border:1px solid var(--line); }
        th, td { text-align:left; padding:8px 10px; border-bottom:1px solid var(--line); vertical-align:top; }
        th { background:#eef1f4; font-size:13px; color:var(--muted); }
        .muted, small { color:var(--muted); }
        .badge { display:inline-block; padding:1px 8px; border-radius:10px; font-size:12px; background:#e8eaed; white-space:nowrap; }
        .s-PendingApproval { background:#fff4ce; } .s-Approved { background:#dbeafe; } .s-Published { background:#d8f3dc; color:var(--ok); }
        .s-PartiallyPublished { background:#fde2c8; } .s-Failed, .s-Dead, .s-Rejected { background:#fde0dc; color:var(--brand); }
        form.filters { display:flex; flex-wrap:wrap; gap:8px; margin-bottom:12px; }
        input, select, textarea, button { font:inherit; padding:6px 10px; border:1px solid var(--line); border-radius:6px; }
        textarea { width:100%; min-height:80px; } input[type=text], input[type=password], input[type=search] { min-width:0; }
        label { display:block; margin:10px 0 4px; font-weight:600; }
        .stack input, .stack textarea { width:100%; }
        button { background:#fff; cursor:pointer; } button.primary { background:var(--brand); color:#fff; border-color:var(--brand); }
        button.link { background:none; border:0; color:inherit; text-decoration:underline; padding:0; }
        form.inline { display:inline; margin:0; }
        .notice { padding:10px 14px; background:#e6f4ea; border:1px solid #b7dfc1; border-radius:6px; }
        .error { padding:10px 14px; background:#fde0dc; border:1px solid #f3b8b0; border-radius:6px; }
        .actions { display:flex; flex-wrap:wrap; gap:10px; margin:12px 0; align-items:flex-start; }
        .pager { display:flex; gap:12px; margin:12px 0; align-items:center; }
        .grid { display:grid; grid-template-columns:repeat(2, minmax(0, 1fr)); gap:16px; }
        .panel { background:#fff; border:1px solid var(--line); border-radius:8px; padding:14px; overflow-wrap:anywhere; }
        .preview { border-radius:8px; overflow:hidden; background:#fff; border:1px solid var(--line); }
        .preview h3 { margin:0; padding:8px 12px; font-size:13px; color:#fff; }
        .facebook h3 { background:var(--fb); } .zalo h3 { background:var(--zalo); } .portal h3 { background:#444; } .radio h3 { background:#6b4f1d; }
        .fb-text { padding:12px; white-space:pre-wrap; }
        .fb-card { margin:0 12px 12px; border:1px solid var(--line); background:#f0f2f5; }
        .fb-card img, .zalo img { width:100%; max-height:220px; object-fit:cover; display:block; }
        .fb-card div { padding:8px 10px; } .fb-card .host { text-transform:uppercase; font-size:12px; color:var(--muted); }
        .zalo-body, .portal-body { padding:12px; } .zalo-body h4, .portal-body h4 { margin:0 0 6px; font-size:18px; }
        .radio pre { margin:0; padding:12px; white-space:pre-wrap; font:14px/1.6 Georgia, serif; background:#fffaf0; }
        pre { white-space:pre-wrap; font-family:inherit; }
        .preview-frame { max-height:420px; overflow:auto; }
        .table-wrap { overflow-x:auto; }
        @media (max-width:700px) {
          .grid { grid-template-columns:1fr; }
          main { padding:12px; }
          .top nav { flex-basis:100%; order:3; }
          table.cards thead { display:none; }
          table.cards, table.cards tbody, table.cards tr, table.cards td { display:block; width:100%; }
          table.cards tr { border-bottom:2px solid var(--line); }
          table.cards td { border:0; padding:4px 10px; }
          table.cards td[data-label]::before { content:attr(data-label) ": "; font-weight:600; color:var(--muted); }
        }
        """;
}

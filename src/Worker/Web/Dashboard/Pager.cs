namespace Syndicator.Worker.Web.Dashboard;

/// <summary>Previous/next links that keep the current filters.</summary>
public static class Pager
{
    public static int Clamp(int? page, int total, int pageSize) => Math.Clamp(page ?? 1, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

    public static string Render(string path, int current, int total, int pageSize, params (string Key, string? Value)[] filters)
    {
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (pages == 1) return "";
        string Url(int p) => path + "?" + Html.Query([.. filters, ("page", p.ToString())]);
        var prev = current > 1 ? $"<a href=\"{Html.E(Url(current - 1))}\" rel=\"prev\">« Trang trước</a>" : "";
        var next = current < pages ? $"<a href=\"{Html.E(Url(current + 1))}\" rel=\"next\">Trang sau »</a>" : "";
        return $"<nav class=\"pager\">{prev}<span>Trang {current}/{pages}</span>{next}</nav>";
    }
}

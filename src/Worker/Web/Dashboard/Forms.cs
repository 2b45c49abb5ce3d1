using Microsoft.AspNetCore.Antiforgery;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>Antiforgery for dashboard forms: a hidden token in every form, validated on every POST.</summary>
public static class Forms
{
    public static string Token(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{Html.E(tokens.FormFieldName)}\" value=\"{Html.E(tokens.RequestToken)}\">";
    }

    /// <summary>Opens a POST form with its antiforgery token.</summary>
    public static string Open(HttpContext http, string action, string? cssClass = null) =>
        $"<form method=\"post\" action=\"{Html.E(action)}\"{(cssClass is null ? "" : $" class=\"{Html.E(cssClass)}\"")}>" + Token(http);

    public static async Task<bool> IsValidAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType) return false;
        return await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
    }

    public static IResult BadToken() =>
        Html.Page(Layout.Bare("Yêu cầu không hợp lệ", "<p>Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.</p>"), StatusCodes.Status400BadRequest);
}

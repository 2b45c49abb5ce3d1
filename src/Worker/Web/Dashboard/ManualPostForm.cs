using Microsoft.AspNetCore.Http;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>The raw fields of the manual post form, kept to show them again after a validation error.</summary>
public sealed record ManualPostForm(string Title, string Lead, string Body, string Theme, string Commune, string Image, string Scheduled)
{
    public static readonly ManualPostForm Empty = new("", "", "", "", "", "", "");

    public static ManualPostForm From(IFormCollection form) => new(
        form["title"].ToString().Trim(), form["lead"].ToString().Trim(), form["body"].ToString(),
        form["theme"].ToString(), form["commune"].ToString(), form["image"].ToString().Trim(), form["scheduled"].ToString().Trim());
}

using System.Text;
using Syndicator.Connectors.Publishing;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Rendering.Templating;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>
/// How the post will look on each channel, rendered exactly as the publisher renders it (templates, digests).
/// Text fields are encoded; the renderer's HTML is already sanitised and is shown inside a contained preview box.
/// </summary>
public static class ChannelPreviews
{
    public static string Render(RenderedContentFactory factory, Post post, Commune commune, Theme? theme)
    {
        var key = "xem-truoc-" + post.Id.ToString("N")[..12];
        var sb = new StringBuilder("<div class=\"grid previews\">");
        sb.Append(Safe("facebook", "Facebook", () => factory.RenderAs("facebook", post, commune, theme, key), Facebook));
        sb.Append(Safe("zalo", "Zalo OA", () => factory.RenderAs("zalo", post, commune, theme, key), Zalo));
        sb.Append(Safe("portal", "Cổng thông tin xã", () => factory.RenderAs("portal", post, commune, theme, key), Portal));
        sb.Append(Safe("radio", "Bản tin phát thanh", () => factory.RenderAs("radio", post, commune, theme, key), Radio));
        return sb.Append("</div>").ToString();
    }

    private static string Safe(string kind, string label, Func<ChannelContent> render, Func<ChannelContent, string> body)
    {
        string inner;
        try { inner = body(render()); }
        catch (Exception e) when (e is ArgumentException or TemplateException)
        {
            inner = "<p class=\"error\">Không dựng được bản xem trước: mẫu trình bày của kênh bị lỗi.</p>";
        }
        return $"<section class=\"preview {kind}\" data-channel=\"{kind}\"><h3>{Html.E(label)}</h3>{inner}</section>";
    }

    private static string Facebook(ChannelContent c)
    {
        var host = Uri.TryCreate(c.Link, UriKind.Absolute, out var uri) ? uri.Host : "";
        var image = string.IsNullOrEmpty(c.ImageUrl) ? "" : $"<img src=\"{Html.Href(c.ImageUrl)}\" alt=\"\">";
        var card = string.IsNullOrEmpty(c.Link) ? "" : $"""
            <a class="fb-card" href="{Html.Href(c.Link)}" rel="noopener noreferrer" target="_blank">{image}
            <div><span class="host">{Html.E(host)}</span><br><strong>{Html.E(c.Title)}</strong></div></a>
            """;
        return $"<div class=\"fb-text\">{Html.E(c.Text)}</div>{card}";
    }

    private static string Zalo(ChannelContent c)
    {
        var cover = string.IsNullOrEmpty(c.ImageUrl) ? "" : $"<img src=\"{Html.Href(c.ImageUrl)}\" alt=\"Ảnh bìa\">";
        return $"""
            {cover}<div class="zalo-body"><h4>{Html.E(c.Title)}</h4><p class="muted">{Html.E(c.Summary)}</p>
            <div class="preview-frame">{c.Html}</div></div>
            """;
    }

    private static string Portal(ChannelContent c) =>
        $"<div class=\"portal-body\"><h4>{Html.E(c.Title)}</h4><p><strong>{Html.E(c.Summary)}</strong></p><div class=\"preview-frame\">{c.Html}</div></div>";

    private static string Radio(ChannelContent c) => $"<pre>{Html.E(c.Text)}</pre>";
}

using System.Security;

namespace Syndicator.Tests.Infrastructure;

/// <summary>Small RSS documents written by the tests.</summary>
public static class Feeds
{
    public static string Rss(params (string Guid, string Title, string Description)[] items) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Nguồn thử nghiệm</title><link>https://nguon.example.vn/</link>
        {string.Concat(items.Select(i => $"<item><title>{SecurityElement.Escape(i.Title)}</title><link>https://nguon.example.vn/{i.Guid}.html</link><guid>{i.Guid}</guid><pubDate>Fri, 20 Nov 2026 08:00:00 +0700</pubDate><description>{SecurityElement.Escape(i.Description)}</description></item>"))}
        </channel></rss>
        """;
}

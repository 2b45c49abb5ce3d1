using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Tests.Unit.Reports;
using static Syndicator.Tests.Unit.Reports.ColumnSeed;

namespace Syndicator.Tests.Integration;

/// <summary>The public column feeds over real HTTP on PostgreSQL: formats, content, encoding, caching.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ColumnFeedTests : IAsyncLifetime
{
    private const string Hostile = "<script>alert('x')</script> & \"Tin\" ]]> <img src=x onerror=alert(1)>";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly PostgresDatabase _pg = new();
    private readonly HashSet<string> _published = [];
    private readonly HashSet<string> _hidden = [];
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString);
        var commune = await Seed.CommuneAsync(_app.Services, "xa-feed", _app.DataDirectory, "portal", "facebook");
        await using var scope = _app.Scope();
        var accounts = await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().ChannelAccounts.Where(a => a.CommuneId == commune.Id).ToListAsync();
        var t0 = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
        async Task Add(string title, Decision decision, bool shown, params SeedDelivery[] deliveries)
        {
            var id = await PostAsync(_app.Services, commune.Id, title, decision, t0, deliveries: deliveries);
            (shown ? _published : _hidden).Add($"urn:syndicator:post:{id}");
        }
        await Add("Tin đã đăng 1", Decision.Approve, true, new(accounts[0], DeliveryState.Published, t0.AddHours(1)), new(accounts[1], DeliveryState.Published, t0.AddHours(2)));
        await Add(Hostile, Decision.Approve, true, new(accounts[0], DeliveryState.Published, t0.AddHours(3)), new(accounts[1], DeliveryState.Published, t0.AddHours(3)));
        await Add("Tin đăng một phần", Decision.Approve, true, new(accounts[0], DeliveryState.Published, t0.AddHours(4)), new(accounts[1], DeliveryState.Dead, t0.AddHours(4), Error: "bị từ chối"));
        await Add("Tin chờ duyệt", Decision.Pending, false, new SeedDelivery(accounts[0], DeliveryState.Waiting));
        await Add("Tin bị từ chối", Decision.Reject, false, new SeedDelivery(accounts[0], DeliveryState.Cancelled));
        await Add("Tin đã duyệt chưa đăng", Decision.Approve, false, new SeedDelivery(accounts[0], DeliveryState.Scheduled));
        var other = await Seed.CommuneAsync(_app.Services, "xa-khac", _app.DataDirectory, "portal");
        var otherAccount = await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().ChannelAccounts.SingleAsync(a => a.CommuneId == other.Id);
        _hidden.Add("urn:syndicator:post:" + await PostAsync(_app.Services, other.Id, "Tin xã khác", Decision.Approve, t0, deliveries: new SeedDelivery(otherAccount, DeliveryState.Published, t0.AddHours(5))));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task Rss_ofCommune_listsExactlyPublishedPostsNewestFirst()
    {
        var doc = XDocument.Parse(await GetAsync("nq57.rss", "application/rss+xml"));
        var guids = doc.Descendants("item").Select(i => (string)i.Element("guid")!).ToList();
        Assert.Equal(_published.Order(), guids.Order());
        Assert.Contains(doc.Descendants("item"), i => (string?)i.Element("title") == Hostile);
        Assert.Equal("Tin đăng một phần", (string?)doc.Descendants("item").First().Element("title"));
        Assert.All(doc.Descendants("item"), i => Assert.Equal("Chuyển đổi số và Bình dân học vụ số", (string?)i.Element("category")));
        Assert.All(doc.Descendants("item"), i => Assert.Contains("(Nguồn: Báo Nhân Dân)", (string?)i.Element("description")));
    }

    [Fact]
    public async Task Atom_ofCommune_parsesAndListsExactlyPublishedPosts()
    {
        var doc = XDocument.Parse(await GetAsync("nq57.atom", "application/atom+xml"));
        Assert.Equal(Atom + "feed", doc.Root!.Name);
        var entries = doc.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(_published.Order(), entries.Select(e => (string)e.Element(Atom + "id")!).Order());
        var first = entries.Single(e => (string?)e.Element(Atom + "title") == "Tin đã đăng 1");
        // The earliest published delivery is the item's time, not the later one.
        Assert.Equal("2026-03-02T02:00:00Z", (string?)first.Element(Atom + "published"));
        Assert.Contains(entries, e => (string?)e.Element(Atom + "title") == Hostile);
    }

    [Fact]
    public async Task JsonFeed_ofCommune_parsesAndListsExactlyPublishedPosts()
    {
        using var doc = JsonDocument.Parse(await GetAsync("nq57.json", "application/feed+json"));
        Assert.Equal("https://jsonfeed.org/version/1.1", doc.RootElement.GetProperty("version").GetString());
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(_published.Order(), items.Select(i => i.GetProperty("id").GetString()!).Order());
        var hostile = items.Single(i => i.GetProperty("title").GetString() == Hostile);
        Assert.Equal("Chuyển đổi số và Bình dân học vụ số", hostile.GetProperty("tags")[0].GetString());
        Assert.False(hostile.TryGetProperty("content_html", out _));
    }

    [Fact]
    public async Task HtmlFragment_withHostileTitle_encodesItAndLinksStylesheet()
    {
        var html = await GetAsync("nq57.html", "text/html");
        var doc = XDocument.Parse("<root>" + html + "</root>");
        var items = doc.Descendants("li").ToList();
        Assert.Equal(_published.Order(), items.Select(i => (string)i.Attribute("id")!).Order());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(doc.Descendants("a"), a => a.Value == Hostile);
        var css = (string)doc.Descendants("link").Single().Attribute("href")!;
        using var client = _app.Client();
        var response = await client.GetAsync(css);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("nq57.rss")]
    [InlineData("nq57.atom")]
    [InlineData("nq57.json")]
    [InlineData("nq57.html")]
    public async Task Feed_withMatchingIfNoneMatch_answers304(string file)
    {
        using var client = _app.Client();
        var first = await client.GetAsync($"/communes/xa-feed/{file}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.ETag is { IsWeak: false }, "expected a strong ETag");
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/communes/xa-feed/{file}");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        using var stale = new HttpRequestMessage(HttpMethod.Get, $"/communes/xa-feed/{file}");
        stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"cu\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Theory]
    [InlineData("nq57.rss")]
    [InlineData("nq57.atom")]
    [InlineData("nq57.json")]
    [InlineData("nq57.html")]
    public async Task Feed_ofUnknownCommune_answers404(string file)
    {
        using var client = _app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/communes/khong-co/{file}")).StatusCode);
    }

    private async Task<string> GetAsync(string file, string mediaType)
    {
        using var client = _app.Client();
        var response = await client.GetAsync($"/communes/xa-feed/{file}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var hidden in _hidden) Assert.DoesNotContain(hidden, body);
        return body;
    }
}

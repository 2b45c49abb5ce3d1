using System.Text.RegularExpressions;
using Syndicator.Worker.Rendering;

namespace Syndicator.Tests.Rendering;

public sealed class PortalRenderingTests
{
    private readonly ChannelRenderer renderer = new();

    [Theory]
    [InlineData("portal")]
    [InlineData("wordpress")]
    [InlineData("webhook")]
    [InlineData("outbox")]
    [InlineData("WordPress")]
    public void Render_portalKinds_slugEqualsDeliveryKey(string kind) =>
        Assert.Equal("nq57-tan-lap-2025-0518-001", renderer.Render(kind, Drafts.Article()).Slug);

    [Fact]
    public void Render_article_htmlHasImageLeadBodyAndSourceLink()
    {
        var content = renderer.Render("portal", Drafts.Article());

        Assert.Contains("<img src=\"https://baochinhphu.vn/images/tan-lap.jpg\"", content.Html);
        Assert.Contains("<p class=\"nq57-lead\"><strong>Sáng 18/5, UBND xã Tân Lập", content.Html);
        Assert.Contains("<strong>80%</strong> hồ sơ", content.Html);
        Assert.Contains("Nguồn: <a href=\"https://baochinhphu.vn/xa-tan-lap-ra-mat-mo-hinh-102250518.htm\" rel=\"noopener noreferrer\" target=\"_blank\">Báo Điện tử Chính phủ</a>", content.Html);
    }

    [Fact]
    public void Render_article_fieldsCarryTitleLeadLinkImageAndTheme()
    {
        var draft = Drafts.Article();

        var content = renderer.Render("portal", draft);

        Assert.Equal(draft.Title, content.Title);
        Assert.Equal(draft.Lead, content.Summary);
        Assert.Equal(draft.SourceUrl, content.Link);
        Assert.Equal(draft.ImageUrl, content.ImageUrl);
        Assert.Equal(["Chuyển đổi số"], content.Categories);
        Assert.DoesNotContain("<", content.Text);
    }

    [Fact]
    public void Render_articleWithoutLeadOrImage_omitsTheirMarkup()
    {
        var content = renderer.Render("portal", Drafts.Article() with { Lead = null, ImageUrl = null });

        Assert.DoesNotContain("<img", content.Html);
        Assert.DoesNotContain("nq57-lead", content.Html);
        Assert.Null(content.Summary);
    }

    [Fact]
    public void Render_overrideWithoutAttribution_appendsSourceLink()
    {
        var templates = new Dictionary<string, string> { ["portal"] = "<div>{{{ body }}}</div>" };

        var content = renderer.Render("portal", Drafts.Article(), templates);

        Assert.StartsWith("<div><p>Theo kế hoạch", content.Html);
        Assert.EndsWith("<p class=\"nq57-source\">Nguồn: <a href=\"https://baochinhphu.vn/xa-tan-lap-ra-mat-mo-hinh-102250518.htm\" rel=\"noopener noreferrer\" target=\"_blank\">Báo Điện tử Chính phủ</a></p>", content.Html);
    }

    [Fact]
    public void Render_hostileTitle_isInertAndNotReinterpreted()
    {
        var draft = Drafts.Article() with { Title = "</p><script>alert(1)</script>{{ body }}" };

        var content = renderer.Render("portal", draft);

        Assert.DoesNotContain("<script", content.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", content.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Single(Regex.Matches(content.Html, "Theo kế hoạch"));
        Assert.Contains("alt=\"{{ body }}\"", content.Html);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/relative/path")]
    public void Render_unsafeSourceUrl_isNeverLinkedButNameIsKept(string url)
    {
        var content = renderer.Render("portal", Drafts.Article() with { SourceUrl = url, ImageUrl = url });

        Assert.DoesNotContain("javascript:", content.Html);
        Assert.DoesNotContain("data:", content.Html);
        Assert.DoesNotContain("<img", content.Html);
        Assert.Contains("Nguồn: Báo Điện tử Chính phủ", content.Html);
        Assert.Null(content.Link);
    }

    [Fact]
    public void Render_blankSourceName_creditsHostName() =>
        Assert.Contains(">baochinhphu.vn</a>", renderer.Render("portal", Drafts.Article() with { SourceName = " " }).Html);

    [Fact]
    public void Render_digest_listsEveryItemWithItsSourceLink()
    {
        var content = renderer.Render("portal", Drafts.Digest(3));

        Assert.Equal("nq57-tan-lap-digest-2025-w20", content.Slug);
        Assert.Equal("Những tin nổi bật về khoa học, công nghệ và chuyển đổi số trong tuần.", content.Summary);
        Assert.Equal(3, Regex.Matches(content.Html, "<li>").Count);
        for (var i = 1; i <= 3; i++)
        {
            Assert.Contains($"<a href=\"https://nguon{i}.example.vn/bai-{i}\" rel=\"noopener noreferrer\" target=\"_blank\">Nguồn tin {i}</a>", content.Html);
        }
    }

    [Fact]
    public void Render_digestOverrideDroppingSources_appendsEveryMissingSource()
    {
        var templates = new Dictionary<string, string> { ["portal-digest"] = "<ul>{{#each items}}<li>{{ title }}</li>{{/each}}</ul>" };

        var content = renderer.Render("portal", Drafts.Digest(2), templates);

        Assert.Contains("Nguồn: <a href=\"https://nguon1.example.vn/bai-1\"", content.Html);
        Assert.Contains(", <a href=\"https://nguon2.example.vn/bai-2\"", content.Html);
    }

    [Fact]
    public void Render_singleOverride_doesNotApplyToDigest()
    {
        var templates = new Dictionary<string, string> { ["portal"] = "SINGLE" };

        Assert.DoesNotContain("SINGLE", renderer.Render("portal", Drafts.Digest(1), templates).Html);
    }
}

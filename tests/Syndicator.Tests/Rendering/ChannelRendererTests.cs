using System.Text;
using Syndicator.Worker.Rendering;
using Syndicator.Worker.Rendering.Templates;
using Syndicator.Worker.Rendering.Templating;

namespace Syndicator.Tests.Rendering;

public sealed class ChannelRendererTests
{
    private readonly ChannelRenderer renderer = new();

    [Fact]
    public void Render_unknownChannelKind_throws() =>
        Assert.Throws<ArgumentException>(() => renderer.Render("telegram", Drafts.Article()));

    [Fact]
    public void Render_digestWithoutItems_throws() =>
        Assert.Throws<ArgumentException>(() => renderer.Render("portal", Drafts.Digest(0)));

    [Fact]
    public void Render_malformedOverride_throwsTemplateException()
    {
        var templates = new Dictionary<string, string> { ["facebook"] = "{{#if lead}}{{ lead }}" };

        Assert.Throws<TemplateException>(() => renderer.Render("facebook", Drafts.Article(), templates));
    }

    [Fact]
    public void Render_blankOverride_usesDefault()
    {
        var templates = new Dictionary<string, string> { ["facebook"] = "  " };

        Assert.Equal(renderer.Render("facebook", Drafts.Article()).Text, renderer.Render("facebook", Drafts.Article(), templates).Text);
    }

    [Fact]
    public void ValidateTemplate_validSource_returnsNull() =>
        Assert.Null(ChannelRenderer.ValidateTemplate("radio", "{{ title }} {{ content }}"));

    [Fact]
    public void ValidateTemplate_malformedSource_returnsPosition()
    {
        var error = ChannelRenderer.ValidateTemplate("portal-digest", "<ol>\n{{#each items}}<li>{{ title }}</li>\n</ol>");

        Assert.NotNull(error);
        Assert.Equal((2, 1), (error.Line, error.Column));
    }

    [Fact]
    public void ValidateTemplate_unknownKey_throws() =>
        Assert.Throws<ArgumentException>(() => ChannelRenderer.ValidateTemplate("twitter", "{{ title }}"));

    [Fact]
    public void DefaultTemplates_allCompileAndAreComposedUnicode()
    {
        Assert.Equal(9, DefaultTemplates.Sources.Count);
        foreach (var (key, source) in DefaultTemplates.Sources)
        {
            Assert.Null(TemplateEngine.Validate(source));
            Assert.True(source.IsNormalized(NormalizationForm.FormC), key);
        }
    }

    [Theory]
    [InlineData("portal")]
    [InlineData("facebook")]
    [InlineData("zalo")]
    [InlineData("radio")]
    public void Render_decomposedInput_outputIsComposedUnicode(string kind)
    {
        var draft = Drafts.Article();
        var decomposed = draft with
        {
            Title = draft.Title.Normalize(NormalizationForm.FormD),
            Lead = draft.Lead!.Normalize(NormalizationForm.FormD),
        };

        var content = renderer.Render(kind, decomposed);

        Assert.True(content.Title.IsNormalized(NormalizationForm.FormC));
        Assert.True(content.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Render_sameDraftTwice_givesEqualOutput()
    {
        var first = renderer.Render("zalo", Drafts.Digest(2));
        var second = renderer.Render("zalo", Drafts.Digest(2));

        Assert.Equal((first.Title, first.Text, first.Html, first.Summary), (second.Title, second.Text, second.Html, second.Summary));
    }
}

using Syndicator.Worker.Rendering.Templating;

namespace Syndicator.Tests.Rendering;

public sealed class TemplateErrorTests
{
    [Theory]
    [InlineData("Xin chào {{ title", 1, 10)]
    [InlineData("a\nb {{#each items}}x", 2, 3)]
    [InlineData("{{/if}}", 1, 1)]
    [InlineData("{{#if a}}x{{/each}}", 1, 11)]
    [InlineData("dòng 1\n  {{ title | shout }}", 2, 3)]
    [InlineData("{{ lead | truncate: abc }}", 1, 1)]
    [InlineData("{{ lead | truncate }}", 1, 1)]
    [InlineData("{{ lead | truncate: 0 }}", 1, 1)]
    [InlineData("{{ lead | upper: 3 }}", 1, 1)]
    [InlineData("{{ lead | }}", 1, 1)]
    [InlineData("x{{   }}", 1, 2)]
    [InlineData("{{ ti tle }}", 1, 1)]
    [InlineData("{{ title() }}", 1, 1)]
    [InlineData("{{#loop items}}{{/loop}}", 1, 1)]
    [InlineData("{{#each}}{{/each}}", 1, 1)]
    [InlineData("ab{{else}}", 1, 3)]
    [InlineData("{{#if a}}{{else}}{{else}}{{/if}}", 1, 18)]
    [InlineData("{{#each a}}{{else}}{{/each}}", 1, 12)]
    [InlineData("{{{ body | upper }}}", 1, 1)]
    [InlineData("{{{ body }}", 1, 1)]
    [InlineData("{{ a {{ b }}", 1, 1)]
    [InlineData("{{#if a}}\n{{#each b}}\n{{/if}}", 3, 1)]
    public void Compile_malformedTemplate_throwsWithLineAndColumn(string source, int line, int column)
    {
        var error = Assert.Throws<TemplateException>(() => TemplateEngine.Compile(source));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"Dòng {line}, cột {column}: ", error.Message);
    }

    [Fact]
    public void Compile_tooDeeplyNested_throws()
    {
        var source = string.Concat(Enumerable.Repeat("{{#if a}}", 40)) + string.Concat(Enumerable.Repeat("{{/if}}", 40));

        Assert.Throws<TemplateException>(() => TemplateEngine.Compile(source));
    }

    [Fact]
    public void Validate_validTemplate_returnsNull() =>
        Assert.Null(TemplateEngine.Validate("{{#each items}}{{#if lead}}{{ lead | truncate: 20 }}{{/if}}{{/each}}{{{ body }}}"));

    [Fact]
    public void Validate_unclosedBlock_returnsReadableError()
    {
        var error = TemplateEngine.Validate("Tiêu đề\n{{#if lead}}{{ lead }}");

        Assert.NotNull(error);
        Assert.Equal(2, error.Line);
        Assert.Contains("{{/if}}", error.Message);
        Assert.Equal("Dòng 2, cột 1: " + error.Message, error.ToString());
    }

    [Fact]
    public void Validate_unknownFilter_namesTheFilter()
    {
        var error = TemplateEngine.Validate("{{ title | shout }}");

        Assert.NotNull(error);
        Assert.Contains("'shout'", error.Message);
    }
}

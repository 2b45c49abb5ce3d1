using Syndicator.Worker.Rendering.Templating;

namespace Syndicator.Tests.Rendering;

public sealed class TemplateEngineTests
{
    private static readonly TemplateRenderOptions Html = TemplateRenderOptions.Html("body");
    private static readonly TemplateRenderOptions Text = TemplateRenderOptions.Text();

    private static Dictionary<string, object?> Model(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    [Fact]
    public void Value_inHtmlTemplate_isEscaped()
    {
        var result = TemplateEngine.Render("<p>{{ title }}</p>", Model(("title", "a<b>&\"'")), Html);

        Assert.Equal("<p>a&lt;b&gt;&amp;&quot;&#39;</p>", result);
    }

    [Fact]
    public void Value_vietnameseText_isNotEntityEncoded() =>
        Assert.Equal("Chuyển đổi số", TemplateEngine.Render("{{ t }}", Model(("t", "Chuyển đổi số")), Html));

    [Fact]
    public void TripleBraces_onFieldMarkedAsHtml_insertsVerbatim() =>
        Assert.Equal("<div><p>x</p></div>", TemplateEngine.Render("<div>{{{ body }}}</div>", Model(("body", "<p>x</p>")), Html));

    [Fact]
    public void TripleBraces_onFieldNotMarkedAsHtml_isStillEscaped() =>
        Assert.Equal("&lt;i&gt;x&lt;/i&gt;", TemplateEngine.Render("{{{ title }}}", Model(("title", "<i>x</i>")), Html));

    [Fact]
    public void Value_inTextTemplate_hasTagsStrippedAndEntitiesDecoded() =>
        Assert.Equal("a & b c", TemplateEngine.Render("{{ t }}", Model(("t", "a &amp; b <i>c</i>")), Text));

    [Fact]
    public void TripleBraces_inTextTemplate_stripsTags() =>
        Assert.Equal("Một\n\nHai", TemplateEngine.Render("{{{ body }}}", Model(("body", "<p>Một</p><script>x()</script><p>Hai</p>")), Text));

    [Fact]
    public void UnknownField_rendersEmpty() =>
        Assert.Equal("[]", TemplateEngine.Render("[{{ nothing }}]", Model(), Html));

    [Fact]
    public void DottedPath_intoNestedDictionary_resolves()
    {
        var model = Model(("source", new Dictionary<string, object?> { ["name"] = "VnExpress" }));

        Assert.Equal("VnExpress", TemplateEngine.Render("{{ source.name }}", model, Html));
    }

    [Fact]
    public void ArbitraryObject_isNotReflectedOver()
    {
        var model = Model(("obj", new InvalidOperationException("secret")));

        Assert.Equal("[][]", TemplateEngine.Render("[{{ obj }}][{{ obj.Message }}]", model, Html));
    }

    [Fact]
    public void Each_overListOfDictionaries_rendersEveryItemWithNumberAndOuterScope()
    {
        var items = new List<IReadOnlyDictionary<string, object?>>
        {
            new Dictionary<string, object?> { ["title"] = "A" },
            new Dictionary<string, object?> { ["title"] = "B" },
        };
        var model = Model(("items", items), ("commune", "xã X"));

        var result = TemplateEngine.Render("{{#each items}}{{ @number }}.{{ title }}@{{ commune }}{{#if @last}}!{{else}};{{/if}}{{/each}}", model, Html);

        Assert.Equal("1.A@xã X;2.B@xã X!", result);
    }

    [Fact]
    public void Each_overStringList_exposesThis() =>
        Assert.Equal("#a #b ", TemplateEngine.Render("{{#each tags}}#{{ this }} {{/each}}", Model(("tags", new[] { "a", "b" })), Text));

    [Theory]
    [InlineData(null)]
    [InlineData("text")]
    [InlineData(42)]
    public void Each_overNonList_rendersNothing(object? value) =>
        Assert.Equal("", TemplateEngine.Render("{{#each x}}item{{/each}}", Model(("x", value)), Html));

    [Theory]
    [InlineData("có", "yes")]
    [InlineData("   ", "no")]
    [InlineData("", "no")]
    [InlineData(null, "no")]
    [InlineData(true, "yes")]
    [InlineData(false, "no")]
    public void If_value_choosesBranchByTruthiness(object? value, string expected) =>
        Assert.Equal(expected, TemplateEngine.Render("{{#if x}}yes{{else}}no{{/if}}", Model(("x", value)), Html));

    [Fact]
    public void If_emptyList_isFalse() =>
        Assert.Equal("no", TemplateEngine.Render("{{#if x}}yes{{else}}no{{/if}}", Model(("x", Array.Empty<string>())), Html));

    [Fact]
    public void UpperFilter_vietnamese_uppercasesDiacritics() =>
        Assert.Equal("ĐỔI MỚI SÁNG TẠO", TemplateEngine.Render("{{ t | upper }}", Model(("t", "đổi mới sáng tạo")), Text));

    [Fact]
    public void LowerFilter_lowercases() =>
        Assert.Equal("chuyển đổi số", TemplateEngine.Render("{{ t | lower }}", Model(("t", "CHUYỂN ĐỔI SỐ")), Text));

    [Fact]
    public void TruncateFilter_longValue_cutsOnWordBoundaryWithEllipsis()
    {
        var result = TemplateEngine.Render("{{ t | truncate: 12 }}", Model(("t", "một hai ba bốn năm sáu")), Text);

        Assert.Equal("một hai ba…", result);
    }

    [Fact]
    public void TruncateFilter_shortValue_isUnchanged() =>
        Assert.Equal("ngắn", TemplateEngine.Render("{{ t | truncate: 200 }}", Model(("t", "ngắn")), Text));

    [Fact]
    public void Filters_chained_applyLeftToRightThenEscape() =>
        Assert.Equal("A &amp; B…", TemplateEngine.Render("{{ t | upper | truncate: 6 }}", Model(("t", "a & b c d")), Html));

    [Fact]
    public void Comment_rendersNothing() =>
        Assert.Equal("ab", TemplateEngine.Render("a{{! ghi chú cho quản trị }}b", Model(), Html));

    [Fact]
    public void Value_thatLooksLikeTemplate_isNotReinterpreted()
    {
        var model = Model(("title", "{{ secret }}{{#each items}}x{{/each}}"), ("secret", "LEAK"));

        var result = TemplateEngine.Render("{{ title }}", model, Text);

        Assert.Equal("{{ secret }}{{#each items}}x{{/each}}", result);
    }

    [Fact]
    public void HostileTitle_inHtmlTemplate_isInertAndBodyAppearsOnce()
    {
        var model = Model(("title", "</p><script>alert(1)</script>{{ body }}"), ("body", "<p>BODY</p>"));

        var result = TemplateEngine.Render("<p>{{ title }}</p>{{{ body }}}", model, Html);

        Assert.DoesNotContain("<script", result);
        Assert.Contains("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;{{ body }}", result);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result, "<p>BODY</p>"));
    }

    [Fact]
    public void HostileTitle_inTextTemplate_losesScript() =>
        Assert.Equal("Xin chào", TemplateEngine.Render("{{ t }}", Model(("t", "<script>alert(1)</script>Xin chào")), Text));

    [Fact]
    public void Compile_once_rendersManyModels()
    {
        var template = TemplateEngine.Compile("{{ a }}");

        Assert.Equal("1", template.Render(Model(("a", "1")), Text));
        Assert.Equal("2", template.Render(Model(("a", "2")), Text));
    }
}

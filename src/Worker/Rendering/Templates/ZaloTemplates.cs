namespace Syndicator.Worker.Rendering.Templates;

/// <summary>Default Zalo OA article body (HTML; title, description and cover travel separately) and broadcast line.</summary>
public static class ZaloTemplates
{
    public const string Article = """
        {{#if lead}}<p><strong>{{ lead }}</strong></p>
        {{/if}}{{{ body }}}
        <p>Nguồn: {{#if source_url}}<a href="{{ source_url }}">{{ source_name }}</a>{{else}}{{ source_name }}{{/if}}</p>
        """;

    public const string Digest = """
        {{#if intro}}<p><strong>{{ intro }}</strong></p>
        {{/if}}{{#each items}}<h3>{{ @number }}. {{ title }}</h3>
        {{#if lead}}<p>{{ lead | truncate: 300 }}</p>
        {{/if}}<p>Nguồn: {{#if link}}<a href="{{ link }}">{{ source_name }}</a>{{else}}{{ source_name }}{{/if}}</p>
        {{/each}}
        """;

    public const string Broadcast = "Mời bà con đọc tin mới chuyên mục Nghị quyết 57 của {{ commune_name }}: {{ title }}";
}

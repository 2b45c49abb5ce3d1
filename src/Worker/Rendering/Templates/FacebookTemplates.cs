namespace Syndicator.Worker.Rendering.Templates;

/// <summary>Default plain text for the Facebook Page post. The link card comes from the post's Link, so no URL is written for a single story.</summary>
public static class FacebookTemplates
{
    public const string Article = """
        {{ title | upper }}

        {{#if lead}}{{ lead | truncate: 600 }}{{/if}}

        {{ hashtags }}
        Nguồn: {{ source_name }}
        """;

    public const string Digest = """
        {{ title | upper }}

        {{#if intro}}{{ intro | truncate: 600 }}{{/if}}

        {{#each items}}{{ @number }}. {{ title }}
        {{#if lead}}{{ lead | truncate: 200 }}
        {{/if}}Nguồn: {{ source_name }}{{#if link}} – {{ link }}{{/if}}

        {{/each}}
        {{ hashtags }}
        """;
}

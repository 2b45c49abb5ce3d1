namespace Syndicator.Worker.Rendering.Templates;

/// <summary>Default HTML for the portal column (also WordPress, webhook and outbox). The title travels separately.</summary>
public static class PortalTemplates
{
    public const string Article = """
        <article class="nq57-post">
        {{#if image_url}}<figure class="nq57-cover"><img src="{{ image_url }}" alt="{{ title }}" loading="lazy"></figure>
        {{/if}}{{#if lead}}<p class="nq57-lead"><strong>{{ lead }}</strong></p>
        {{/if}}{{{ body }}}
        <p class="nq57-source">Nguồn: {{#if source_url}}<a href="{{ source_url }}" rel="noopener noreferrer" target="_blank">{{ source_name }}</a>{{else}}{{ source_name }}{{/if}}</p>
        </article>
        """;

    public const string Digest = """
        <section class="nq57-digest">
        {{#if image_url}}<figure class="nq57-cover"><img src="{{ image_url }}" alt="{{ title }}" loading="lazy"></figure>
        {{/if}}{{#if intro}}<p class="nq57-lead"><strong>{{ intro }}</strong></p>
        {{/if}}<ol class="nq57-digest-items">
        {{#each items}}<li>
        <h3>{{#if link}}<a href="{{ link }}" rel="noopener noreferrer" target="_blank">{{ title }}</a>{{else}}{{ title }}{{/if}}</h3>
        {{#if lead}}<p>{{ lead | truncate: 300 }}</p>
        {{/if}}<p class="nq57-source">Nguồn: {{#if link}}<a href="{{ link }}" rel="noopener noreferrer" target="_blank">{{ source_name }}</a>{{else}}{{ source_name }}{{/if}}</p>
        </li>
        {{/each}}</ol>
        </section>
        """;
}

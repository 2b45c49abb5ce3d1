namespace Syndicator.Worker.Rendering.Templates;

/// <summary>
/// Default loudspeaker scripts. Values arrive already normalised and cut to the word budget;
/// the whole script is normalised again (numbers, abbreviations) after rendering.
/// </summary>
public static class RadioTemplates
{
    public const string Article = """
        Kính thưa bà con nhân dân!
        Đài truyền thanh {{ commune_name }} xin gửi tới bà con bản tin chuyên mục Nghị quyết 57 về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.

        {{ title }}

        {{ content }}

        Tin theo {{ source_name }}.

        Đài truyền thanh {{ commune_name }} vừa phát bản tin chuyên mục Nghị quyết 57. Cảm ơn bà con đã chú ý lắng nghe!
        """;

    public const string Digest = """
        Kính thưa bà con nhân dân!
        Đài truyền thanh {{ commune_name }} xin gửi tới bà con bản tin tổng hợp chuyên mục Nghị quyết 57 về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.

        {{ title }}
        {{#if intro}}{{ intro }}{{/if}}

        {{#each items}}Tin {{ ordinal }}: {{ title }}
        {{ lead }}
        Tin theo {{ source_name }}.

        {{/each}}
        Đài truyền thanh {{ commune_name }} vừa phát bản tin tổng hợp chuyên mục Nghị quyết 57. Cảm ơn bà con đã chú ý lắng nghe!
        """;
}

namespace Syndicator.Worker.Rendering.Templating;

/// <summary>One <c>{{ … }}</c> tag as read from the source, before it becomes a node.</summary>
/// <param name="Index">Offset of the opening braces in the source (for error positions).</param>
internal sealed record TemplateTag(TagKind Kind, string Keyword, string Argument, bool Raw, int Index)
{
    private static readonly string[] BlockKeywords = ["each", "if"];

    public static TemplateTag Classify(string content, bool raw, int index, Func<string, TemplateException> error)
    {
        if (content.Length == 0)
        {
            throw error("thẻ rỗng: cần tên trường, ví dụ {{ title }}");
        }

        if (raw)
        {
            return content[0] is '#' or '/' or '!'
                ? throw error("{{{ … }}} chỉ dùng để chèn nguyên văn một trường HTML, ví dụ {{{ body }}}")
                : new TemplateTag(TagKind.Value, string.Empty, content, true, index);
        }

        return content[0] switch
        {
            '!' => new TemplateTag(TagKind.Comment, string.Empty, string.Empty, false, index),
            '#' => Open(content[1..], index, error),
            '/' => Close(content[1..].Trim(), index, error),
            _ when content == "else" => new TemplateTag(TagKind.Else, "else", string.Empty, false, index),
            _ => new TemplateTag(TagKind.Value, string.Empty, content, false, index),
        };
    }

    private static TemplateTag Open(string rest, int index, Func<string, TemplateException> error)
    {
        var space = rest.IndexOfAny([' ', '\t', '\r', '\n']);
        var keyword = space < 0 ? rest : rest[..space];
        var argument = space < 0 ? string.Empty : rest[space..].Trim();
        if (!BlockKeywords.Contains(keyword))
        {
            throw error($"khối '#{keyword}' không tồn tại (chỉ có #each và #if)");
        }

        return argument.Length == 0
            ? throw error($"khối #{keyword} cần tên trường, ví dụ {{{{#{keyword} items}}}}")
            : new TemplateTag(TagKind.Open, keyword, argument, false, index);
    }

    private static TemplateTag Close(string keyword, int index, Func<string, TemplateException> error) =>
        BlockKeywords.Contains(keyword)
            ? new TemplateTag(TagKind.Close, keyword, string.Empty, false, index)
            : throw error($"thẻ đóng '/{keyword}' không hợp lệ (chỉ có /each và /if)");
}

namespace Syndicator.Worker.Rendering.Templating;

/// <summary>Turns template source into nodes. Only the template is ever parsed, never a value.</summary>
internal sealed class TemplateParser
{
    private const int MaxDepth = 16;
    private readonly string source;
    private int position;

    private TemplateParser(string source) => this.source = source;

    public static IReadOnlyList<TemplateNode> Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new TemplateParser(source);
        var (nodes, _) = parser.ParseUntilEnd(block: null, elseAllowed: false, depth: 0);
        return nodes;
    }

    private (List<TemplateNode> Nodes, string Terminator) ParseUntilEnd(TemplateTag? block, bool elseAllowed, int depth)
    {
        var nodes = new List<TemplateNode>();
        while (NextTag() is { } tag)
        {
            if (tag.Kind is TagKind.Close or TagKind.Else)
            {
                CheckTerminator(tag, block, elseAllowed);
                return (nodes, tag.Keyword);
            }

            if (BuildNode(tag, depth) is { } node)
            {
                nodes.Add(node);
            }
        }

        if (block is not null)
        {
            throw Error(block.Index, $"thẻ {{{{#{block.Keyword} {block.Argument}}}}} chưa được đóng bằng {{{{/{block.Keyword}}}}}");
        }

        return (nodes, string.Empty);

        TemplateTag? NextTag()
        {
            var tag = ReadTag(out var text);
            if (text.Length > 0)
            {
                nodes.Add(new TextNode(text));
            }

            return tag;
        }
    }

    private TemplateNode? BuildNode(TemplateTag tag, int depth)
    {
        switch (tag.Kind)
        {
            case TagKind.Comment:
                return null;
            case TagKind.Value:
                return TemplateExpressionParser.Parse(tag.Argument, tag.Raw, message => Error(tag.Index, message));
            case TagKind.Open when depth >= MaxDepth:
                throw Error(tag.Index, $"lồng khối quá sâu (tối đa {MaxDepth} cấp)");
            case TagKind.Open:
                return BuildBlock(tag, depth + 1);
            default:
                throw new InvalidOperationException($"Unexpected tag kind {tag.Kind}.");
        }
    }

    private TemplateNode BuildBlock(TemplateTag tag, int depth)
    {
        var path = TemplateExpressionParser.ParsePath(tag.Argument, message => Error(tag.Index, message));
        var (body, terminator) = ParseUntilEnd(tag, elseAllowed: tag.Keyword == "if", depth);
        if (tag.Keyword == "each")
        {
            return new EachNode(path, body);
        }

        IReadOnlyList<TemplateNode> otherwise = [];
        if (terminator == "else")
        {
            otherwise = ParseUntilEnd(tag, elseAllowed: false, depth).Nodes;
        }

        return new IfNode(path, body, otherwise);
    }

    private void CheckTerminator(TemplateTag tag, TemplateTag? block, bool elseAllowed)
    {
        if (tag.Kind == TagKind.Else && !elseAllowed)
        {
            throw Error(tag.Index, "{{else}} chỉ được dùng một lần, bên trong {{#if …}}…{{/if}}");
        }

        if (tag.Kind == TagKind.Close && block is null)
        {
            throw Error(tag.Index, $"thẻ đóng {{{{/{tag.Keyword}}}}} không có thẻ mở tương ứng");
        }

        if (tag.Kind == TagKind.Close && tag.Keyword != block!.Keyword)
        {
            throw Error(tag.Index, $"thẻ đóng {{{{/{tag.Keyword}}}}} không khớp với {{{{#{block.Keyword}}}}} mở ở dòng {Locate(block.Index).Line}");
        }
    }

    private TemplateTag? ReadTag(out string text)
    {
        var start = source.IndexOf("{{", position, StringComparison.Ordinal);
        if (start < 0)
        {
            text = source[position..];
            position = source.Length;
            return null;
        }

        text = source[position..start];
        var raw = string.CompareOrdinal(source, start, "{{{", 0, 3) == 0;
        var closer = raw ? "}}}" : "}}";
        var contentStart = start + closer.Length;
        var end = source.IndexOf(closer, contentStart, StringComparison.Ordinal);
        if (end < 0)
        {
            throw Error(start, $"thẻ mở '{closer.Replace('}', '{')}' chưa được đóng bằng '{closer}'");
        }

        var content = source[contentStart..end];
        if (content.Contains("{{", StringComparison.Ordinal))
        {
            throw Error(start, $"thẻ mở '{closer.Replace('}', '{')}' chưa được đóng bằng '{closer}' trước thẻ tiếp theo");
        }

        position = end + closer.Length;
        return TemplateTag.Classify(content.Trim(), raw, start, message => Error(start, message));
    }

    private TemplateException Error(int index, string message)
    {
        var (line, column) = Locate(index);
        return new TemplateException(new TemplateError(line, column, message));
    }

    private (int Line, int Column) Locate(int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}

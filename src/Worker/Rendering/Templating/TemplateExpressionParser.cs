using System.Text.RegularExpressions;

namespace Syndicator.Worker.Rendering.Templating;

/// <summary>Parses the inside of a value tag: <c>path ( | filter ( : argument )? )*</c>.</summary>
internal static partial class TemplateExpressionParser
{
    public static ValueNode Parse(string expression, bool raw, Func<string, TemplateException> error)
    {
        var parts = expression.Split('|');
        var path = ParsePath(parts[0].Trim(), error);
        if (raw && parts.Length > 1)
        {
            throw error("không dùng bộ lọc trong {{{ … }}}: HTML được chèn nguyên văn");
        }

        var filters = new List<TemplateFilter>();
        foreach (var part in parts.Skip(1))
        {
            filters.Add(ParseFilter(part.Trim(), error));
        }

        return new ValueNode(path, filters, raw);
    }

    public static string ParsePath(string text, Func<string, TemplateException> error) =>
        PathPattern().IsMatch(text)
            ? text
            : throw error($"tên trường '{text}' không hợp lệ (chỉ gồm chữ không dấu, số, '_' và '.', ví dụ source_name)");

    private static TemplateFilter ParseFilter(string text, Func<string, TemplateException> error)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? text : text[..colon]).Trim();
        var argument = colon < 0 ? null : text[(colon + 1)..].Trim();
        if (name.Length == 0)
        {
            throw error("thiếu tên bộ lọc sau dấu '|'");
        }

        return TemplateFilter.TryCreate(name, argument, out var message) ?? throw error(message!);
    }

    [GeneratedRegex(@"^(@?[A-Za-z_][A-Za-z0-9_]*)(\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();
}

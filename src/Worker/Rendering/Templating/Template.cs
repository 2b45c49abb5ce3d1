using System.Globalization;
using System.Text;
using Syndicator.Worker.Rendering.Text;

namespace Syndicator.Worker.Rendering.Templating;

/// <summary>A parsed template. Rendering inserts values as data: they are never parsed as template text.</summary>
public sealed class Template
{
    private readonly IReadOnlyList<TemplateNode> nodes;

    internal Template(IReadOnlyList<TemplateNode> nodes) => this.nodes = nodes;

    public string Render(IReadOnlyDictionary<string, object?> model, TemplateRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var output = new StringBuilder();
        Write(nodes, new TemplateScope(model), options, output);
        return output.ToString();
    }

    private static void Write(IReadOnlyList<TemplateNode> nodes, TemplateScope scope, TemplateRenderOptions options, StringBuilder output)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    output.Append(text.Text);
                    break;
                case ValueNode value:
                    output.Append(Format(value, scope.Resolve(value.Path), options));
                    break;
                case IfNode branch:
                    Write(TemplateScope.IsTruthy(scope.Resolve(branch.Path)) ? branch.Then : branch.Else, scope, options, output);
                    break;
                case EachNode loop:
                    foreach (var itemScope in scope.Iterate(scope.Resolve(loop.Path)))
                    {
                        Write(loop.Body, itemScope, options, output);
                    }

                    break;
            }
        }
    }

    private static string Format(ValueNode node, object? value, TemplateRenderOptions options)
    {
        var text = Scalar(value);
        if (text.Length == 0)
        {
            return text;
        }

        if (options.Mode == TemplateMode.Text)
        {
            return ApplyFilters(node, HtmlText.ToPlainText(text));
        }

        return node.Raw && options.RawHtmlFields.Contains(node.Path)
            ? text
            : HtmlText.Escape(ApplyFilters(node, text));
    }

    private static string ApplyFilters(ValueNode node, string text) =>
        node.Filters.Aggregate(text, (current, filter) => filter.Apply(current));

    private static string Scalar(object? value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => string.Empty,
    };
}

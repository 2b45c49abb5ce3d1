namespace Syndicator.Worker.Rendering.Templating;

/// <summary>A node of a parsed template (closed hierarchy).</summary>
internal abstract record TemplateNode;

/// <summary>Literal template text, emitted as is.</summary>
internal sealed record TextNode(string Text) : TemplateNode;

/// <summary><c>{{ path | filter }}</c> or, when <paramref name="Raw"/>, <c>{{{ path }}}</c>.</summary>
internal sealed record ValueNode(string Path, IReadOnlyList<TemplateFilter> Filters, bool Raw) : TemplateNode;

/// <summary><c>{{#each path}}…{{/each}}</c>.</summary>
internal sealed record EachNode(string Path, IReadOnlyList<TemplateNode> Body) : TemplateNode;

/// <summary><c>{{#if path}}…{{else}}…{{/if}}</c>.</summary>
internal sealed record IfNode(string Path, IReadOnlyList<TemplateNode> Then, IReadOnlyList<TemplateNode> Else) : TemplateNode;

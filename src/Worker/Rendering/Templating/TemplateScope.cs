using System.Collections;

namespace Syndicator.Worker.Rendering.Templating;

/// <summary>Name lookup over nested model dictionaries, innermost first. Never reflects over objects.</summary>
internal sealed class TemplateScope
{
    private readonly IReadOnlyDictionary<string, object?> frame;
    private readonly TemplateScope? parent;

    public TemplateScope(IReadOnlyDictionary<string, object?> frame, TemplateScope? parent = null)
    {
        this.frame = frame;
        this.parent = parent;
    }

    public object? Resolve(string path)
    {
        var segments = path.Split('.');
        var value = Find(segments[0]);
        foreach (var segment in segments.Skip(1))
        {
            value = value is IReadOnlyDictionary<string, object?> map && map.TryGetValue(segment, out var inner) ? inner : null;
        }

        return value;
    }

    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        string text => !string.IsNullOrWhiteSpace(text),
        bool flag => flag,
        IEnumerable sequence => sequence.GetEnumerator().MoveNext(),
        _ => true,
    };

    public IEnumerable<TemplateScope> Iterate(object? value)
    {
        if (value is string or null || value is not IEnumerable sequence)
        {
            yield break;
        }

        var items = sequence.Cast<object?>().ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var meta = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["@index"] = i,
                ["@number"] = i + 1,
                ["@first"] = i == 0,
                ["@last"] = i == items.Count - 1,
                ["this"] = items[i],
            };
            var loop = new TemplateScope(meta, this);
            yield return items[i] is IReadOnlyDictionary<string, object?> map ? new TemplateScope(map, loop) : loop;
        }
    }

    private object? Find(string name)
    {
        for (var scope = this; scope is not null; scope = scope.parent)
        {
            if (scope.frame.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }
}

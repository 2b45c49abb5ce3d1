using System.Globalization;

namespace Syndicator.Worker.Rendering.Templating;

/// <summary>A value filter: <c>upper</c>, <c>lower</c>, <c>truncate: N</c>.</summary>
internal sealed record TemplateFilter(string Name, int Argument)
{
    public const int MaxTruncate = 100_000;

    public string Apply(string value) => Name switch
    {
        "upper" => value.ToUpper(CultureInfo.InvariantCulture),
        "lower" => value.ToLower(CultureInfo.InvariantCulture),
        "truncate" => Text.TextCutter.Cut(value, Argument),
        _ => throw new InvalidOperationException($"Unknown filter '{Name}' passed the parser."),
    };

    /// <summary>Builds a filter from its source text, or returns an error message (Vietnamese, for admins).</summary>
    public static TemplateFilter? TryCreate(string name, string? argument, out string? error)
    {
        error = null;
        switch (name)
        {
            case "upper" or "lower" when argument is null:
                return new TemplateFilter(name, 0);
            case "upper" or "lower":
                error = $"bộ lọc '{name}' không nhận tham số";
                return null;
            case "truncate":
                if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= MaxTruncate)
                {
                    return new TemplateFilter(name, n);
                }

                error = $"bộ lọc 'truncate' cần một số nguyên từ 1 đến {MaxTruncate}, ví dụ: truncate: 200";
                return null;
            default:
                error = $"bộ lọc '{name}' không tồn tại (chỉ có: upper, lower, truncate)";
                return null;
        }
    }
}

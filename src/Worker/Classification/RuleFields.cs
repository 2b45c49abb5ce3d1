namespace Syndicator.Worker.Classification;

/// <summary>Parses and names the fields a rule applies to ("title,summary,content,url,category").</summary>
public static class RuleFields
{
    public const string Default = "title,summary,content,category";

    /// <summary>The single fields in evaluation order.</summary>
    public static readonly RuleField[] Order = [RuleField.Title, RuleField.Summary, RuleField.Content, RuleField.Url, RuleField.Category];

    public static readonly IReadOnlyList<string> Names = ["title", "summary", "content", "url", "category"];

    /// <summary>The fields named in a comma-separated list; unknown names are returned in <paramref name="unknown"/>.</summary>
    public static RuleField Parse(string? list, out IReadOnlyList<string> unknown)
    {
        var bad = new List<string>();
        var fields = RuleField.None;
        foreach (var name in (string.IsNullOrWhiteSpace(list) ? Default : list).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var index = Names.IndexOf(name.ToLowerInvariant());
            if (index < 0) bad.Add(name);
            else fields |= Order[index];
        }

        unknown = bad;
        return fields;
    }

    public static RuleField Parse(string? list) => Parse(list, out _);

    /// <summary>The Vietnamese name of one field, shown in match reasons.</summary>
    public static string Label(RuleField field) => field switch
    {
        RuleField.Title => "tiêu đề",
        RuleField.Summary => "tóm tắt",
        RuleField.Content => "nội dung",
        RuleField.Url => "địa chỉ",
        _ => "chuyên mục",
    };

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value) return i;
        return -1;
    }
}

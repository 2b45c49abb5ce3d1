namespace Syndicator.Worker.Classification;

/// <summary>How a rule's pattern is matched: whole words, a substring, or a regular expression.</summary>
public static class RuleMatchKinds
{
    public const string Keyword = "keyword";
    public const string Phrase = "phrase";
    public const string Regex = "regex";

    /// <summary>The Vietnamese label shown in match reasons.</summary>
    public static string Label(string kind) => kind switch
    {
        Keyword => "từ khóa",
        Phrase => "cụm từ",
        _ => "biểu thức",
    };
}

using System.Text.RegularExpressions;

namespace Syndicator.Worker.Rendering.Radio;

/// <summary>Removes what cannot be read aloud: URLs, bare domains, e-mail addresses, and the '#' of hashtags.</summary>
internal static partial class SpokenLinks
{
    public static string Remove(string text)
    {
        text = Email().Replace(text, string.Empty);
        text = Url().Replace(text, string.Empty);
        text = Domain().Replace(text, string.Empty);
        text = HashMark().Replace(text, string.Empty);
        text = DanglingPointer().Replace(text, string.Empty);
        return EmptyBrackets().Replace(text, string.Empty);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>""]*[^\s<>"".,;:!?)\]]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov|edu|info|io|me)\b(?:/[^\s<>""]*[^\s<>"".,;:!?)\]])?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Domain();

    [GeneratedRegex(@"#(?=[\p{L}\p{N}_])")]
    private static partial Regex HashMark();

    /// <summary>"Chi tiết xem tại." once its link is gone.</summary>
    [GeneratedRegex(@"(?:\b[Cc]hi tiết\s+)?\b[Xx]em\s+(?:chi tiết\s+|thêm\s+)?tại\s*:?\s*(?:\.|(?=[;!?\n]|$))")]
    private static partial Regex DanglingPointer();

    [GeneratedRegex(@"[(\[]\s*[)\]]")]
    private static partial Regex EmptyBrackets();
}

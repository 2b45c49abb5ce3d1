using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Syndicator.Worker.Composition;

/// <summary>Turns an editor's plain text into safe HTML: blank lines separate paragraphs, single newlines become line breaks.</summary>
public static class PlainTextHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string? ToHtml(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normalized = text.Replace("\r\n", "\n").Replace('\r', '\n').Normalize(NormalizationForm.FormC);
        var paragraphs = normalized.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sb = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            var lines = paragraph.Split('\n', StringSplitOptions.TrimEntries).Where(l => l.Length > 0).Select(Encoder.Encode);
            sb.Append("<p>").Append(string.Join("<br>", lines)).Append("</p>");
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}

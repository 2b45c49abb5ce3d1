using System.Text;

namespace Syndicator.Connectors.Zalo;

/// <summary>Zalo's length limits are counted in characters of NFC text; long text is cut on a word boundary with "…".</summary>
public static class ZaloText
{
    public const int TitleMax = 150;
    public const int DescriptionMax = 300;
    public const int AuthorMax = 50;

    public static string Truncate(string text, int max)
    {
        var normalized = text.Trim().Normalize(NormalizationForm.FormC);
        if (normalized.Length <= max)
        {
            return normalized;
        }

        var cut = normalized[..(max - 1)];
        if (char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }

        var space = cut.LastIndexOf(' ');
        if (space > max / 2)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(' ', ',', ';', ':', '-', '.') + "…";
    }
}

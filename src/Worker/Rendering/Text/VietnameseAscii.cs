using System.Globalization;
using System.Text;

namespace Syndicator.Worker.Rendering.Text;

/// <summary>Removes Vietnamese diacritics (with đ/Đ mapped explicitly, since they do not decompose).</summary>
public static class VietnameseAscii
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                _ => c,
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>"Chuyển đổi số" → "ChuyenDoiSo": ASCII letters and digits only, each word capitalised.</summary>
    public static string PascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var word in Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = new string(word.Where(char.IsAsciiLetterOrDigit).ToArray());
            if (clean.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(clean[0])).Append(clean.AsSpan(1));
            }
        }

        return builder.ToString();
    }
}

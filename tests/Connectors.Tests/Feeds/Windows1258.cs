using System.Globalization;
using System.Text;

namespace Syndicator.Connectors.Tests.Feeds;

/// <summary>
/// Encodes Vietnamese the way legacy windows-1258 systems did: a base letter (with its circumflex,
/// breve or horn precomposed) followed by a combining tone mark.
/// </summary>
internal static class Windows1258
{
    private static readonly HashSet<char> ToneMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    public static byte[] Encode(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var builder = new StringBuilder();
        foreach (var element in EnumerateElements(text))
        {
            var decomposed = element.Normalize(NormalizationForm.FormD);
            var tones = decomposed.Where(ToneMarks.Contains).ToArray();
            builder.Append(new string(decomposed.Where(c => !ToneMarks.Contains(c)).ToArray()).Normalize(NormalizationForm.FormC));
            builder.Append(tones);
        }

        return encoding.GetBytes(builder.ToString());
    }

    private static IEnumerable<string> EnumerateElements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }
}

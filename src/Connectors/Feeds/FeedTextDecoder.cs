using System.Text;
using System.Text.Unicode;
using System.Text.RegularExpressions;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Turns feed bytes into text. Precedence: byte-order mark, then the XML declaration's (or HTML meta)
/// encoding, then the HTTP Content-Type charset, then UTF-8. A declared single-byte code page loses to
/// UTF-8 when the bytes are valid UTF-8 with non-ASCII characters (a common server mismatch).
/// </summary>
internal static partial class FeedTextDecoder
{
    static FeedTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Where the XML starts when <see cref="Decode"/> would decode the bytes as plain UTF-8 (a UTF-8 BOM, or no BOM
    /// and a declared or defaulted charset that is UTF-8): after the BOM and the white space that
    /// <see cref="FeedParser"/> trims. -1 in every other case (UTF-16, another or unknown charset). Whether the bytes
    /// are valid UTF-8 is left to the caller's strict decoder.
    /// </summary>
    public static int Utf8Start(byte[] content, string? contentType)
    {
        var (bomEncoding, start) = DetectBom(content);
        if (bomEncoding is not null ? bomEncoding.CodePage != Encoding.UTF8.CodePage : LooksLikeUtf16WithoutBom(content, out _) || !DeclaresUtf8(content, contentType))
        {
            return -1;
        }

        while (true)
        {
            if (start < content.Length && content[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                start++;
            }
            else if (content.AsSpan(start).StartsWith(Utf8Bom))
            {
                start += Utf8Bom.Length;
            }
            else
            {
                return start;
            }
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // The same precedence as Decode: the declaration, else the HTTP charset, else UTF-8 by default.
    private static bool DeclaresUtf8(byte[] content, string? contentType)
    {
        var declared = FindDeclaredCharset(content) ?? CharsetFromContentType(contentType);
        if (declared is null)
        {
            return true;
        }

        return Lookup(declared)?.CodePage == Encoding.UTF8.CodePage; // an unknown charset: Decode warns about it
    }

    public static string Decode(byte[] content, string? contentType, ICollection<string> warnings)
    {
        var (bomEncoding, bomLength) = DetectBom(content);
        if (bomEncoding is not null)
        {
            // A byte order mark is the strongest sign of a charset there is: a few bad bytes after a UTF-8 one are
            // damage, not another charset. They become U+FFFD, and the warning says so.
            if (bomEncoding.CodePage == Encoding.UTF8.CodePage && !Utf8.IsValid(content)) // the mark itself is valid UTF-8
            {
                warnings.Add("The bytes after the UTF-8 byte order mark are not all valid UTF-8; each invalid sequence was replaced with U+FFFD.");
            }

            return bomEncoding.GetString(content, bomLength, content.Length - bomLength);
        }

        if (LooksLikeUtf16WithoutBom(content, out var utf16))
        {
            return utf16.GetString(content);
        }

        var declared = FindDeclaredCharset(content) ?? CharsetFromContentType(contentType);
        var encoding = declared is null ? null : TryGetEncoding(declared, warnings);
        var validUtf8 = Utf8.IsValid(content);
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return validUtf8 ? Encoding.UTF8.GetString(content) : DecodeInvalidUtf8(content, contentType, warnings);
        }

        if (encoding.IsSingleByte && validUtf8 && content.Any(b => b >= 0x80))
        {
            warnings.Add($"Declared charset '{declared}' but the bytes are valid UTF-8; decoded as UTF-8.");
            return Encoding.UTF8.GetString(content);
        }

        return encoding.GetString(content);
    }

    // The document claims (or defaults to) UTF-8 but is not: try the HTTP charset, else windows-1252.
    private static string DecodeInvalidUtf8(byte[] content, string? contentType, ICollection<string> warnings)
    {
        var header = CharsetFromContentType(contentType);
        var encoding = header is null ? null : TryGetEncoding(header, warnings);
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            warnings.Add($"The bytes are not valid UTF-8; decoded with the HTTP charset '{header}'.");
            return encoding.GetString(content);
        }

        warnings.Add("The bytes are not valid UTF-8; decoded as windows-1252.");
        return Encoding.GetEncoding(1252).GetString(content);
    }

    private static (Encoding? Encoding, int Length) DetectBom(byte[] b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static bool LooksLikeUtf16WithoutBom(byte[] b, out Encoding encoding)
    {
        encoding = b switch
        {
            [0x3C, 0x00, 0x3F, 0x00, ..] or [0x3C, 0x00, _, 0x00, ..] => Encoding.Unicode,
            [0x00, 0x3C, 0x00, 0x3F, ..] or [0x00, 0x3C, 0x00, _, ..] => Encoding.BigEndianUnicode,
            _ => Encoding.UTF8,
        };
        return encoding != Encoding.UTF8;
    }

    private static string? FindDeclaredCharset(byte[] content)
    {
        var head = Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 2048));
        var xml = XmlDeclarationEncoding().Match(head);
        if (xml.Success)
        {
            return xml.Groups[1].Value;
        }

        var meta = MetaCharset().Match(head);
        return meta.Success ? meta.Groups[1].Value : null;
    }

    internal static string? CharsetFromContentType(string? contentType)
    {
        var match = contentType is null ? Match.Empty : ContentTypeCharset().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? TryGetEncoding(string name, ICollection<string> warnings)
    {
        var encoding = Lookup(name);
        if (encoding is null) warnings.Add($"Unknown charset '{name}'; assumed UTF-8.");
        return encoding;
    }

    private static Encoding? Lookup(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']""")]
    private static partial Regex XmlDeclarationEncoding();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCharset();
}

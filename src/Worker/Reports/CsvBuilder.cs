using System.Text;

namespace Syndicator.Worker.Reports;

/// <summary>RFC 4180 rows (quoted when needed, CRLF); bytes are UTF-8 with a BOM for Excel.</summary>
public sealed class CsvBuilder
{
    private readonly StringBuilder _text = new();

    public CsvBuilder Row(params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) _text.Append(',');
            _text.Append(Quote(fields[i] ?? ""));
        }
        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    /// <summary>
    /// Quotes fields with separators, quotes or line breaks; a leading =, +, - or @ is prefixed with an apostrophe so
    /// a spreadsheet never runs it as a formula.
    /// </summary>
    public static string Quote(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r') field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}

using System.Net;
using System.Text;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// One forward pass over HTML that writes the sanitised HTML and/or the visible text (see <see cref="HtmlSanitizer"/>
/// for the policy). The text comes out with white space already collapsed (as <see cref="TextNormalizer.CollapseWhitespace"/>)
/// and stops at a budget of characters, so a long article costs no more text work than its summary needs. Tolerates
/// malformed input: unclosed and stray tags, bare '&lt;', unquoted attributes, comments.
/// One instance per thread is reused; it is not thread-safe.
/// </summary>
internal sealed class HtmlStreamSanitizer
{
    private const int MaxStack = 256;

    [ThreadStatic]
    private static HtmlStreamSanitizer? _cached;

    private readonly List<HtmlOpenElement> _stack = [];
    private readonly HtmlTag _tag = new();
    private readonly List<(string Name, string Value)> _attributes = [];
    private readonly StringBuilder _html = new();
    private readonly CollapsedTextBuffer _text = new();
    private string _source = "";
    private Uri? _baseUri;
    private bool _wantHtml;
    private bool _wantText;
    private int _dropsHtml;
    private int _dropsText;
    private int _overflow;
    private int _cutAt = int.MaxValue;
    // Where the (escaped) src of the first image written lies in the output, or -1.
    private int _firstImageStart = -1;
    private int _firstImageLength;

    /// <summary>
    /// Runs the pass; returns the untrimmed HTML (null unless <paramref name="baseUri"/> is given), the collapsed text
    /// (null unless wanted) and whether the text was cut at <paramref name="textBudget"/> characters.
    /// </summary>
    /// <param name="cutAt">When the collected text is surely NFC, it is returned already cut to this length (see
    /// <see cref="HtmlSanitizer.Truncate(ReadOnlySpan{char}, int)"/>), saving a copy.</param>
    public static SanitizerOutput Run(string source, Uri? baseUri, bool wantText, int textBudget = int.MaxValue, int cutAt = int.MaxValue)
    {
        var worker = _cached ?? new HtmlStreamSanitizer();
        _cached = null;
        try
        {
            worker._text.Budget = textBudget;
            worker._cutAt = cutAt;
            return worker.Process(source, baseUri, wantText);
        }
        finally
        {
            worker.Reset();
            _cached = worker;
        }
    }

    private SanitizerOutput Process(string source, Uri? baseUri, bool wantText)
    {
        (_source, _baseUri, _wantHtml, _wantText) = (source, baseUri, baseUri is not null, wantText);
        var i = 0;
        while (i < source.Length && (_wantHtml || _wantText))
        {
            var lt = source.IndexOf('<', i);
            if (lt < 0)
            {
                AppendText(i, source.Length);
                break;
            }

            AppendText(i, lt);
            var next = HtmlMarkup.Skip(source, lt);
            if (next == lt)
            {
                next = ReadTag(lt);
            }

            if (next < 0)
            {
                AppendText(lt, lt + 1); // a '<' that opens nothing is text
                next = lt + 1;
            }

            i = next;
        }

        while (_stack.Count > 0)
        {
            Pop();
        }

        var firstImage = _firstImageStart < 0 ? null : SanitizerAttributes.Decode(_html.ToString(_firstImageStart, _firstImageLength));
        return new SanitizerOutput(baseUri is not null ? _html.ToString() : null, wantText ? _text.ToText(_cutAt) : null, _text.Full, firstImage);
    }

    private void Reset()
    {
        _stack.Clear();
        _html.Clear();
        _text.Clear();
        (_source, _baseUri, _dropsHtml, _dropsText, _overflow, _firstImageStart) = ("", null, 0, 0, 0, -1);
        _tag.Source = "";
        if (_html.Capacity > 1 << 20) _html.Capacity = 1024;
    }

    /// <returns>The index after the tag, or -1 when '&lt;' at <paramref name="lt"/> does not open a tag.</returns>
    private int ReadTag(int lt)
    {
        var s = _source;
        var isEnd = lt + 1 < s.Length && s[lt + 1] == '/';
        var nameStart = lt + (isEnd ? 2 : 1);
        if (nameStart >= s.Length || !char.IsAsciiLetter(s[nameStart]))
        {
            return -1;
        }

        var end = HtmlTagReader.Read(s, nameStart, isEnd, _tag);
        if (end < 0)
        {
            return s.Length; // a tag cut off by the end of the input is dropped
        }

        if (isEnd)
        {
            EndElement(_tag.Name);
            return end;
        }

        var info = HtmlElementInfo.Find(_tag.Name);
        if (info is { RawText: true } && !_tag.SelfClosing)
        {
            return HtmlMarkup.SkipRawText(s, end, info.Name); // script, style, title, textarea: dropped with their content
        }

        StartElement(info);
        return end;
    }

    private void StartElement(HtmlElementInfo? info)
    {
        while (_stack.Count > 0 && HtmlImplicitEnd.Ends(_stack[^1].Known, info?.Name))
        {
            Pop();
        }

        var isVoid = info is { Void: true } || _tag.SelfClosing;
        if (!isVoid && _stack.Count >= MaxStack)
        {
            _overflow++; // far beyond the depth limit: its content is dropped anyway
            return;
        }

        var element = Open(info);
        if (isVoid)
        {
            Close(element);
            return;
        }

        _stack.Add(element);
        _dropsHtml += element.DropsHtml ? 1 : 0;
        _dropsText += element.DropsText ? 1 : 0;
    }

    /// <summary>Writes what the start tag contributes and returns the open element with what its end must write.</summary>
    private HtmlOpenElement Open(HtmlElementInfo? info)
    {
        var tooDeep = _stack.Count > HtmlSanitizerPolicy.MaxDepth;
        var textBreak = info?.TextBreak ?? HtmlElementInfo.UnknownBreaksText(_tag.Name);
        var dropsText = tooDeep || _dropsText > 0 || info is { Dropped: true };
        if (!dropsText && textBreak && _wantText)
        {
            _text.Break();
        }

        string? endTag = null;
        var newline = false;
        var dropsHtml = tooDeep || _dropsHtml > 0;
        if (!dropsHtml && _wantHtml)
        {
            var name = info?.Name ?? "";
            var attributes = info is null ? SanitizerAttributes.None : SanitizerAttributes.Select(_tag, info, _baseUri!, _attributes);
            if (attributes is null)
            {
                dropsHtml = true;
            }
            else if (info?.Allowed is not null && (name != "a" || attributes.Count > 0))
            {
                WriteStartTag(name, attributes);
                endTag = info.Void ? null : name;
            }
            else
            {
                newline = info is { Block: true };
            }
        }

        return new HtmlOpenElement(_tag.NameStart, _tag.NameLength, info?.Name, endTag, newline, textBreak && !dropsText, dropsHtml, dropsText);
    }

    private void WriteStartTag(string name, List<(string Name, string Value)> attributes)
    {
        _html.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            _html.Append(' ').Append(attribute).Append("=\"");
            var start = _html.Length;
            HtmlEscaping.Append(_html, value, true);
            if (_firstImageStart < 0 && name == "img" && attribute == "src")
            {
                (_firstImageStart, _firstImageLength) = (start, _html.Length - start);
            }

            _html.Append('"');
        }

        _html.Append('>');
    }

    private void EndElement(ReadOnlySpan<char> name)
    {
        if (_overflow > 0)
        {
            _overflow--;
            return;
        }

        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            var open = _stack[k];
            if (_source.AsSpan(open.NameStart, open.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                while (_stack.Count > k)
                {
                    Pop();
                }

                return;
            }
        }
        // an end tag without a matching open element is ignored
    }

    private void Pop()
    {
        var element = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        _dropsHtml -= element.DropsHtml ? 1 : 0;
        _dropsText -= element.DropsText ? 1 : 0;
        Close(element);
    }

    private void Close(HtmlOpenElement element)
    {
        if (element.TextBreak && _wantText) _text.Break();
        if (element.EndTag is not null) _html.Append("</").Append(element.EndTag).Append('>');
        else if (element.Newline) _html.Append('\n');
    }

    private void AppendText(int start, int end)
    {
        if (end <= start || _stack.Count > HtmlSanitizerPolicy.MaxDepth)
        {
            return;
        }

        var html = _wantHtml && _dropsHtml == 0;
        var text = _wantText && _dropsText == 0;
        if (!html && !text)
        {
            return;
        }

        var raw = _source.AsSpan(start, end - start);
        var decoded = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()).AsSpan() : raw;
        if (html) HtmlEscaping.Append(_html, decoded, false);
        if (text)
        {
            _text.Append(decoded);
            _wantText = !_text.Full; // enough text: the rest is not read for it
        }
    }
}

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Collects text with every run of white space written as one space and none at either end, exactly as
/// <see cref="TextNormalizer.CollapseWhitespace"/> would leave it, up to a budget of characters.
/// </summary>
internal sealed class CollapsedTextBuffer
{
    private const int InitialSize = 1024;
    private const int KeptSize = 1 << 20;

    private char[] _chars = new char[InitialSize];
    private int _length;
    private bool _pendingSpace;

    /// <summary>Characters to collect before <see cref="Full"/>; the text may run past it by one word.</summary>
    public int Budget { get; set; } = int.MaxValue;

    /// <summary>True once the budget is reached: the rest of the source was not collected.</summary>
    public bool Full { get; private set; }

    /// <summary>Marks a break between words (an element boundary) without writing it yet.</summary>
    public void Break() => _pendingSpace = true;

    public void Append(ReadOnlySpan<char> text)
    {
        // A long node is taken in two steps, so the part past the budget is not even looked at once the budget is met.
        var room = Budget - _length;
        if (room >= 0 && room < text.Length - 64)
        {
            AppendPart(text[..(room + 1)]);
            if (!Full) AppendPart(text[(room + 1)..]);
            return;
        }

        AppendPart(text);
    }

    // Any split of a text into parts appends the same as the whole: the pending space carries over between parts.
    private void AppendPart(ReadOnlySpan<char> text)
    {
        EnsureRoom(text.Length + 1);
        var inner = text.Trim(' ');
        if (inner.Length > 0 && TextNormalizer.IsCollapsed(inner))
        {
            // The common text node: words and single spaces, perhaps a space at either end. Copied in one piece.
            if ((_pendingSpace || text[0] == ' ') && _length > 0) _chars[_length++] = ' ';
            inner.CopyTo(_chars.AsSpan(_length));
            _length += inner.Length;
            _pendingSpace = text[^1] == ' ';
            Full = _length >= Budget;
            return;
        }

        TextNormalizer.CollapseInto(text, _chars, ref _length, ref _pendingSpace);
        Full = _length >= Budget;
    }

    public override string ToString() => new(_chars, 0, _length);

    /// <summary>
    /// The text cut to <paramref name="cutAt"/> in one allocation when it is surely NFC (so normalising cannot change
    /// the cut); otherwise the whole text, for the caller to normalise and cut.
    /// </summary>
    public string ToText(int cutAt)
    {
        var text = _chars.AsSpan(0, _length);
        return text.Length > cutAt && TextNormalizer.IsSurelyNfc(text) ? HtmlSanitizer.Truncate(text, cutAt) : ToString();
    }

    public void Clear()
    {
        (_length, _pendingSpace, Full, Budget) = (0, false, false, int.MaxValue);
        if (_chars.Length > KeptSize) _chars = new char[InitialSize];
    }

    private void EnsureRoom(int extra)
    {
        if (_length + extra <= _chars.Length) return;
        Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + extra));
    }
}

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// A <see cref="TextReader"/> over UTF-8 bytes already in memory, decoded with <see cref="Utf8Decoder"/> straight into
/// the caller's buffer as it reads (the whole text is never held as one string). An invalid sequence throws
/// <see cref="System.Text.DecoderFallbackException"/> from the read that reaches it.
/// </summary>
internal sealed class Utf8ArrayReader(byte[] bytes, int start) : TextReader
{
    private int _position = start;
    // The low surrogate of a pair whose high half filled the last char of a caller's buffer, or '\0'.
    private char _pendingLow;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        var written = 0;
        if (_pendingLow != '\0')
        {
            buffer[written++] = _pendingLow;
            _pendingLow = '\0';
        }

        var (consumed, decoded) = Utf8Decoder.Decode(bytes.AsSpan(_position), buffer[written..]);
        _position += consumed;
        written += decoded;
        if (written == 0 && _position < bytes.Length)
        {
            // Room for one char and a pair comes next: hand out its high half now and keep the low half.
            Span<char> pair = stackalloc char[2];
            var (pairBytes, pairChars) = Utf8Decoder.Decode(bytes.AsSpan(_position), pair);
            _position += pairBytes;
            buffer[0] = pair[0];
            _pendingLow = pairChars == 2 ? pair[1] : '\0';
            written = 1;
        }

        return written;
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek()
    {
        if (_pendingLow != '\0')
        {
            return _pendingLow;
        }

        // One char of room decodes exactly one sequence, unless it is a pair, which takes two.
        Span<char> pair = stackalloc char[2];
        var rest = bytes.AsSpan(_position);
        var (_, written) = Utf8Decoder.Decode(rest, pair[..1]);
        if (written == 0 && !rest.IsEmpty)
        {
            (_, written) = Utf8Decoder.Decode(rest, pair);
        }

        return written == 0 ? -1 : pair[0];
    }
}

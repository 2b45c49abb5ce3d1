using System.Xml;
using Syndicator.Connectors.Feeds;

namespace Syndicator.Bench;

/// <summary>The ceiling: an <see cref="XmlReader"/> reading every node (and every text value) of a file, DTD prohibited.</summary>
public static class BareScan
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    /// <returns>The number of item/entry elements, so the scan cannot be optimised away and items/s compare.</returns>
    public static int Scan(byte[] content) => Scan(XmlReader.Create(new MemoryStream(content, writable: false), Settings));

    /// <summary>
    /// The same scan over chars from the pipeline's own UTF-8 decoder instead of the reader's: what the ceiling would be
    /// if it decoded as fast as the pipeline does (shown for transparency, not the target's ceiling).
    /// </summary>
    public static int ScanWithOwnDecoder(byte[] content) =>
        Scan(XmlReader.Create(new Utf8ArrayReader(content, content.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0), Settings));

    private static int Scan(XmlReader created)
    {
        using var reader = created;
        var items = 0;
        long chars = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName is "item" or "entry":
                    items++;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    chars += reader.Value.Length;
                    break;
            }
        }

        return chars >= 0 ? items : -1;
    }
}

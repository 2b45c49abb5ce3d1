using System.Xml;

namespace Syndicator.Bench;

/// <summary>The ceiling: an <see cref="XmlReader"/> reading every node (and every text value) of a file, DTD prohibited.</summary>
public static class BareScan
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    /// <returns>The number of item/entry elements, so the scan cannot be optimised away and items/s compare.</returns>
    public static int Scan(byte[] content)
    {
        using var reader = XmlReader.Create(new MemoryStream(content, writable: false), Settings);
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

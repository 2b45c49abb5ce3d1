using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Syndicator.Connectors.Feeds;

/// <summary>
/// Reads one feed item straight from an <see cref="XmlReader"/> without building an element tree,
/// and records the depth of the deepest element met so the caller can enforce the depth limit.
/// Every method that takes the reader on a start element leaves it on the node after that element.
/// </summary>
internal sealed class ElementReader(XmlReader reader)
{
    private StringBuilder? _builder;

    public XmlReader Reader => reader;

    /// <summary>The depth (as <see cref="XmlReader.Depth"/>) of the deepest element read so far.</summary>
    public int MaxDepth { get; private set; }

    /// <summary>Enters the current start element; returns the depth to pass to <see cref="NextChild"/>.</summary>
    public int Open()
    {
        Mark(reader.Depth);
        var depth = reader.Depth;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return -1;
        }

        Advance();
        return depth;
    }

    /// <summary>
    /// Moves to the next child element of the element opened at <paramref name="depth"/> (the caller then
    /// reads or skips it), or past that element's end and returns false.
    /// </summary>
    public bool NextChild(int depth)
    {
        while (depth >= 0)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }

            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                reader.Read();
                return false;
            }

            Advance();
        }

        return false;
    }

    /// <summary>The element's text, as <see cref="XElement.Value"/> gives it (all descendant text).</summary>
    public string Value()
    {
        var depth = Open();
        string? first = null;
        _builder?.Clear();
        var many = false;
        while (!AtEnd(depth))
        {
            if (IsText(reader.NodeType))
            {
                if (first is null)
                {
                    first = reader.Value;
                }
                else
                {
                    _builder ??= new StringBuilder();
                    if (!many)
                    {
                        _builder.Append(first);
                        many = true;
                    }

                    _builder.Append(reader.Value);
                }
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                Mark(reader.Depth);
            }

            Advance();
        }

        return many ? _builder!.ToString() : first ?? string.Empty;
    }

    /// <summary>Reads the element's content: its text, or (when it has child elements) its nodes in a container.</summary>
    public MixedContent Mixed()
    {
        var depth = Open();
        string? text = null;
        while (!AtEnd(depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return new MixedContent(string.Empty, ReadNodes(text, depth));
            }

            if (IsText(reader.NodeType))
            {
                text = text is null ? reader.Value : text + reader.Value;
            }

            Advance();
        }

        return new MixedContent(text ?? string.Empty, null);
    }

    /// <summary>Skips the element, still recording the depth of its descendants.</summary>
    public void Skip()
    {
        var depth = Open();
        while (!AtEnd(depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                Mark(reader.Depth);
            }

            Advance();
        }
    }

    private XElement ReadNodes(string? text, int depth)
    {
        var container = new XElement("content");
        if (text is not null)
        {
            container.Add(new XText(text));
        }

        while (!AtEnd(depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var childDepth = reader.Depth;
                var child = (XElement)XNode.ReadFrom(reader);
                Mark(childDepth + XmlValues.Depth(child));
                container.Add(child);
                continue;
            }

            if (IsText(reader.NodeType))
            {
                container.Add(new XText(reader.Value));
            }

            Advance();
        }

        return container;
    }

    /// <summary>True (and the reader moved past it) on the end tag of the element opened at <paramref name="depth"/>.</summary>
    private bool AtEnd(int depth)
    {
        if (depth < 0)
        {
            return true;
        }

        if (reader.NodeType != XmlNodeType.EndElement || reader.Depth != depth)
        {
            return false;
        }

        reader.Read();
        return true;
    }

    private void Advance()
    {
        if (!reader.Read())
        {
            throw new XmlException("Unexpected end of the document inside an element.");
        }
    }

    private void Mark(int depth) => MaxDepth = Math.Max(MaxDepth, depth);

    private static bool IsText(XmlNodeType type) =>
        type is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace;
}

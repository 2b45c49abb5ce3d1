using System.Xml.XPath;
using HtmlAgilityPack;

namespace Syndicator.Connectors.Feeds;

/// <summary>Scrapes an HTML list page into entries using the source's <see cref="HtmlSelectors"/>.</summary>
internal static class HtmlListPageReader
{
    public static FeedFormat Read(string html, HtmlSelectors selectors, ParseContext context)
    {
        context.Format = FeedFormat.HtmlPage;
        var document = HtmlSanitizer.Load(html);
        var title = document.DocumentNode.SelectSingleNode("//title")?.InnerText;
        context.FeedTitle = title is null ? null : HtmlSanitizer.ToPlainText(title, 300);
        var items = Select(document.DocumentNode, selectors.Item);
        if (items.Count == 0)
        {
            throw new FeedParseException($"The HTML page has no items: the selector '{selectors.Item}' matched nothing.");
        }

        foreach (var item in items)
        {
            if (!context.HasRoom())
            {
                break;
            }

            var raw = Map(item, selectors);
            if (string.IsNullOrWhiteSpace(raw.Title) && string.IsNullOrWhiteSpace(raw.Link))
            {
                context.Warn("An HTML item had neither a title nor a link; it was skipped.");
                continue;
            }

            context.Add(raw);
        }

        return FeedFormat.HtmlPage;
    }

    private static RawEntry Map(HtmlNode item, HtmlSelectors selectors)
    {
        var title = Value(item, selectors.Title, "title");
        return new RawEntry
        {
            Title = title,
            TitleIsHtml = true,
            Link = Value(item, selectors.Link, "href"),
            Published = selectors.Date is null ? null : Value(item, selectors.Date, "datetime"),
            SummaryHtml = selectors.Summary is null ? null : Node(item, selectors.Summary)?.InnerHtml,
            ImageUrl = selectors.Image is null ? null : Value(item, selectors.Image, "data-src", "data-original", "src"),
        };
    }

    /// <summary>An attribute's value, or the element's preferred attribute, else its inner text (HTML).</summary>
    private static string? Value(HtmlNode item, string xpath, params string[] preferredAttributes)
    {
        var found = Navigate(item, xpath);
        if (found is null)
        {
            return null;
        }

        if (found.NodeType == XPathNodeType.Attribute || found is not HtmlNodeNavigator { CurrentNode: { } node })
        {
            return HtmlEntity.DeEntitize(found.Value);
        }

        var attribute = preferredAttributes.Select(a => node.GetAttributeValue(a, null)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var value = attribute ?? (preferredAttributes[0] == "title" ? node.InnerHtml : node.InnerText);
        return attribute is null ? value : HtmlEntity.DeEntitize(value);
    }

    private static HtmlNode? Node(HtmlNode item, string xpath) =>
        Navigate(item, xpath) is HtmlNodeNavigator { CurrentNode: { } node } ? node : null;

    private static XPathNavigator? Navigate(HtmlNode item, string xpath)
    {
        try
        {
            return item.CreateNavigator().SelectSingleNode(xpath);
        }
        catch (XPathException ex)
        {
            throw new FeedParseException($"The HTML selector '{xpath}' is not valid XPath: {ex.Message}", ex);
        }
    }

    private static IList<HtmlNode> Select(HtmlNode root, string xpath)
    {
        try
        {
            return root.SelectNodes(xpath)?.ToList() ?? [];
        }
        catch (XPathException ex)
        {
            throw new FeedParseException($"The HTML item selector '{xpath}' is not valid XPath: {ex.Message}", ex);
        }
    }
}

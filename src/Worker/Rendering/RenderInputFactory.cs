using System.Globalization;
using System.Text;
using Syndicator.Worker.Rendering.Radio;
using Syndicator.Worker.Rendering.Text;

namespace Syndicator.Worker.Rendering;

/// <summary>Builds the template model of a draft. Field names are the ones admins use in templates.</summary>
internal static class RenderInputFactory
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static RenderInput FromArticle(ArticleDraft draft)
    {
        var source = SourceAttribution.Of(draft.SourceName, draft.SourceUrl);
        var title = Plain(draft.Title);
        var lead = NullIfEmpty(Plain(draft.Lead));
        var hashtags = ThemeHashtags.For(draft.ThemeKey, draft.ThemeName);
        var image = SafeUrl.HttpOrNull(draft.ImageUrl);
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = title,
            ["lead"] = lead,
            ["body"] = Composed(draft.BodyHtml),
            ["source_name"] = source.Name,
            ["source_url"] = source.Url,
            ["image_url"] = image,
            ["published_date"] = draft.PublishedAtUtc?.ToOffset(VietnamOffset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        };
        AddCommon(model, draft.ThemeKey, draft.ThemeName, draft.CommuneName, draft.DeliveryKey, hashtags);
        return new RenderInput(model, title, lead, HtmlText.ToPlainText(Composed(draft.BodyHtml)), source.Url, image,
            draft.DeliveryKey, Plain(draft.ThemeName), hashtags, [source], Items: null);
    }

    public static RenderInput FromDigest(DigestDraft digest)
    {
        var title = Plain(digest.Title);
        var intro = NullIfEmpty(Plain(digest.Intro));
        var hashtags = ThemeHashtags.For(digest.ThemeKey, digest.ThemeName);
        var sources = digest.Items.Select(item => SourceAttribution.Of(item.SourceName, item.SourceUrl)).ToList();
        var items = digest.Items.Select((item, i) => Item(item, sources[i], i + 1)).ToList();
        var image = SafeUrl.HttpOrNull(digest.ImageUrl);
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = title,
            ["intro"] = intro,
            ["items"] = items,
            ["item_count"] = items.Count,
            ["image_url"] = image,
        };
        AddCommon(model, digest.ThemeKey, digest.ThemeName, digest.CommuneName, digest.DeliveryKey, hashtags);
        return new RenderInput(model, title, intro, string.Empty, Link: null, image, digest.DeliveryKey,
            Plain(digest.ThemeName), hashtags, sources.Distinct().ToList(), items);
    }

    private static IReadOnlyDictionary<string, object?> Item(DigestItem item, SourceAttribution source, int number) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = Plain(item.Title),
            ["lead"] = NullIfEmpty(Plain(item.Lead)),
            ["source_name"] = source.Name,
            ["source_url"] = source.Url,
            ["link"] = source.Url,
            ["ordinal"] = VietnameseNumberSpeller.Ordinal(number),
        };

    private static void AddCommon(
        Dictionary<string, object?> model, string themeKey, string themeName, string communeName, string deliveryKey, IReadOnlyList<string> hashtags)
    {
        model["theme_key"] = themeKey;
        model["theme_name"] = Plain(themeName);
        model["commune_name"] = Plain(communeName);
        model["delivery_key"] = deliveryKey;
        model["hashtags"] = string.Join(' ', hashtags);
    }

    private static string Plain(string? text) => TextLayout.OneLine(HtmlText.ToPlainText(Composed(text)));

    private static string Composed(string? text) => text?.Normalize(NormalizationForm.FormC) ?? string.Empty;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
